package org.opentrade.user.adapter.in.dubbo;

import java.util.List;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.LoginCommand;
import org.opentrade.api.user.RegisterUserCommand;
import org.opentrade.api.user.SessionToken;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.StatusChangeView;
import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.UserView;
import org.opentrade.api.user.ChangePasswordCommand;
import org.opentrade.api.user.SessionView;
import org.opentrade.api.user.apikey.ApiKeyCreated;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.api.user.apikey.ApiKeyView;
import org.opentrade.api.user.apikey.CreateApiKeyCommand;
import org.opentrade.user.application.UserRegistration;
import org.opentrade.user.application.session.Login;
import org.opentrade.user.application.session.Logout;
import org.opentrade.user.application.session.PasswordChange;
import org.opentrade.user.application.session.SessionStanding;
import org.opentrade.user.application.status.StatusHistory;
import org.opentrade.user.application.status.UserStatusChange;
import org.opentrade.user.domain.AttemptOrigin;
import org.opentrade.user.domain.InvalidCredentialFormat;
import org.opentrade.user.domain.InvalidStatusChange;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.StatusChange;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.opentrade.user.application.port.Users;

/** The Dubbo face of the user context: translates contract types to the domain and domain failures to codes. */
@DubboService
class UserServiceEndpoint implements UserService {
    /** The actor of a change made through {@link #setStatus}, which does not say who asked. */
    static final String SYSTEM_ACTOR = "system";

    private final UserRegistration registration;
    private final Login login;
    private final Users users;
    private final UserStatusChange statusChange;
    private final StatusHistory statusHistory;
    private final SessionStanding sessionStanding;
    private final Logout logout;
    private final PasswordChange passwordChange;
    private final ApiKeyCalls apiKeys;

    UserServiceEndpoint(UserRegistration registration, Login login, Users users, UserStatusChange statusChange,
                        StatusHistory statusHistory, SessionStanding sessionStanding, Logout logout,
                        PasswordChange passwordChange, ApiKeyCalls apiKeys) {
        this.registration = registration;
        this.login = login;
        this.users = users;
        this.statusChange = statusChange;
        this.statusHistory = statusHistory;
        this.sessionStanding = sessionStanding;
        this.logout = logout;
        this.passwordChange = passwordChange;
        this.apiKeys = apiKeys;
    }

    @Override
    public UserView register(RegisterUserCommand command) {
        try {
            Username username = new Username(command.username());
            return registration.signUp(username, Password.of(command.password())).view();
        } catch (InvalidCredentialFormat e) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, e.getMessage());
        }
    }

    @Override
    public SessionToken login(LoginCommand command) {
        try {
            return login.logIn(new Username(command.username()), Password.of(command.password()),
                    AttemptOrigin.ofAddress(command.clientAddress()));
        } catch (InvalidCredentialFormat e) {
            // a password that could never have been registered is simply wrong
            throw new BusinessException(ErrorCode.BAD_CREDENTIALS);
        }
    }

    @Override
    public UserView getUser(long userId) {
        return users.byId(userId).map(User::view).orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
    }

    /**
     * The older call without who and why: recorded as {@link #SYSTEM_ACTOR} with no reason, so the history still
     * lists every change of status, whichever call made it.
     */
    @Override
    public UserView setStatus(long userId, UserStatus status) {
        return changeStatus(new org.opentrade.api.user.UserStatusChange(userId, status, SYSTEM_ACTOR, ""));
    }

    @Override
    // the contract's command shares its simple name with the use case, hence the qualified name
    public UserView changeStatus(org.opentrade.api.user.UserStatusChange change) {
        if (change == null) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "the change is required");
        }
        try {
            return statusChange.change(change.userId(), change.status(), change.actor(), change.reason()).view();
        } catch (InvalidStatusChange e) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, e.getMessage());
        }
    }

    @Override
    public List<StatusChangeView> statusChanges(long userId, int limit) {
        return statusHistory.of(userId, limit).stream().map(StatusChange::view).toList();
    }

    @Override
    public SessionView session(String sessionId) {
        return sessionStanding.of(sessionId);
    }

    @Override
    public void logOut(String sessionId) {
        logout.end(sessionId);
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        passwordChange.change(command);
    }

    @Override
    public ApiKeyCreated createApiKey(CreateApiKeyCommand command) {
        return apiKeys.create(command);
    }

    @Override
    public List<ApiKeyView> apiKeys(long userId) {
        return apiKeys.list(userId);
    }

    @Override
    public ApiKeyView revokeApiKey(long userId, String keyId) {
        return apiKeys.revoke(userId, keyId);
    }

    @Override
    public ApiKeyStanding apiKeyStanding(String keyId) {
        return apiKeys.standing(keyId);
    }

    @Override
    public UserView getUserByName(String username) {
        try {
            return users.byUsername(new Username(username)).map(User::view)
                    .orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
        } catch (InvalidCredentialFormat e) {
            throw new BusinessException(ErrorCode.USER_NOT_FOUND);
        }
    }
}
