package org.opentrade.user.application.session;

import java.time.Clock;
import java.util.Optional;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.RateLimitedException;
import org.opentrade.api.user.ChangePasswordCommand;
import org.opentrade.user.application.NewPasswords;
import org.opentrade.user.application.port.PasswordRules;
import org.opentrade.user.application.port.PasswordHasher;
import org.opentrade.user.application.port.SessionAnnouncements;
import org.opentrade.user.application.port.Sessions;
import org.opentrade.user.application.port.Users;
import org.opentrade.user.domain.AttemptOrigin;
import org.opentrade.user.domain.InvalidCredentialFormat;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.User;
import org.springframework.stereotype.Service;

/**
 * A user replaces their password from one of their sessions: the current password is checked (throttled like a
 * login, with the session as the origin, so a stolen token cannot be used to guess it), the new one must satisfy
 * the password rules, and every other session of the user ends; the calling session stays.
 */
@Service
public class PasswordChange {
    private final Users users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final SessionAnnouncements announcements;
    private final PasswordRules rules;
    private final Clock clock = Clock.systemUTC();

    public PasswordChange(Users users, PasswordHasher hasher, LoginThrottle throttle, Sessions sessions,
                          SessionAnnouncements announcements, PasswordRules rules) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.announcements = announcements;
        this.rules = rules;
    }

    public void change(ChangePasswordCommand command) {
        User user = users.byId(command.userId()).orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
        AttemptOrigin origin = AttemptOrigin.ofSession(command.sessionId());
        Optional<RateLimitedException> refused = throttle.refusal(user.username(), origin);
        if (refused.isPresent()) {
            throw refused.get();
        }
        if (!currentMatches(command.currentPassword(), user)) {
            throttle.failed(user.username(), origin);
            throw new BusinessException(ErrorCode.WRONG_PASSWORD);
        }
        throttle.succeeded(user.username(), origin);
        Password next = newPassword(command.newPassword());
        NewPasswords.requireAcceptable(rules, user.username(), next);
        users.setPasswordHash(user.userId(), hasher.hash(next));
        sessions.revokeOthers(user.userId(), command.sessionId(), clock.instant());
        announcements.sessionsChanged(user.userId());
    }

    private boolean currentMatches(String current, User user) {
        try {
            return hasher.matches(Password.of(current), user.passwordHash());
        } catch (InvalidCredentialFormat e) {
            return false;
        }
    }

    private static Password newPassword(String value) {
        try {
            return Password.of(value);
        } catch (InvalidCredentialFormat e) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, e.getMessage());
        }
    }
}
