package org.opentrade.user.application;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.SessionToken;
import org.opentrade.user.domain.LoginThrottle;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.PasswordHasher;
import org.opentrade.user.domain.TokenIssuer;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.opentrade.user.domain.Users;
import org.springframework.stereotype.Service;

/**
 * Checks credentials and issues a session token. Unknown user and wrong password answer the same way, and a frozen
 * user may not log in.
 */
@Service
public class Login {
    private final Users users;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;

    public Login(Users users, PasswordHasher hasher, TokenIssuer tokens, LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    public SessionToken logIn(Username username, Password password) {
        if (!throttle.tryAttempt(username)) {
            throw new BusinessException(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS);
        }
        User user = users.byUsername(username)
                .filter(found -> hasher.matches(password, found.passwordHash()))
                .orElseThrow(() -> new BusinessException(ErrorCode.BAD_CREDENTIALS));
        if (!user.isActive()) {
            throw new BusinessException(ErrorCode.USER_FROZEN);
        }
        return tokens.issue(user);
    }
}
