package org.opentrade.user.adapter.in.dubbo;

import java.util.EnumSet;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.LoginCommand;
import org.opentrade.api.user.RegisterUserCommand;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.SessionToken;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.UserView;
import org.opentrade.user.application.Login;
import org.opentrade.user.application.UserRegistration;
import org.opentrade.user.domain.InvalidCredentialFormat;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.opentrade.user.domain.Users;

/** The Dubbo face of the user context: translates contract types to the domain and domain failures to codes. */
@DubboService
class UserServiceEndpoint implements UserService {
    private final UserRegistration registration;
    private final Login login;
    private final Users users;

    UserServiceEndpoint(UserRegistration registration, Login login, Users users) {
        this.registration = registration;
        this.login = login;
        this.users = users;
    }

    @Override
    public UserView register(RegisterUserCommand command) {
        try {
            Username username = new Username(command.username());
            return registration.register(username, Password.of(command.password()), EnumSet.of(Role.USER)).view();
        } catch (InvalidCredentialFormat e) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, e.getMessage());
        }
    }

    @Override
    public SessionToken login(LoginCommand command) {
        try {
            return login.logIn(new Username(command.username()), Password.of(command.password()));
        } catch (InvalidCredentialFormat e) {
            // a password that could never have been registered is simply wrong
            throw new BusinessException(ErrorCode.BAD_CREDENTIALS);
        }
    }

    @Override
    public UserView getUser(long userId) {
        return users.byId(userId).map(User::view).orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
    }

    @Override
    public UserView setStatus(long userId, UserStatus status) {
        if (status == null) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "status is required");
        }
        return users.setStatus(userId, status).map(User::view)
                .orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
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
