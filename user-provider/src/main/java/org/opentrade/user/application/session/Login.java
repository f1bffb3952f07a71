package org.opentrade.user.application.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.RateLimitedException;
import org.opentrade.api.user.SessionToken;
import org.opentrade.user.application.AuthProperties;
import org.opentrade.user.application.port.PasswordHasher;
import org.opentrade.user.application.port.Sessions;
import org.opentrade.user.application.port.TokenIssuer;
import org.opentrade.user.application.port.Users;
import org.opentrade.user.domain.AttemptOrigin;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.Session;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks credentials, opens a session and issues its token. Unknown user and wrong password answer the same way
 * and cost the same (an unknown user's password is compared with a dummy hash, and both count as a failure), so
 * neither the answer nor its timing tells which usernames exist. A frozen user may not log in. Failures are throttled
 * per origin and per username at that origin ({@link LoginThrottle}), never per username alone.
 */
@Service
public class Login {
    private final Users users;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final AuthProperties auth;
    private final Clock clock;
    private final String unknownUserHash;

    @Autowired
    public Login(Users users, PasswordHasher hasher, TokenIssuer tokens, LoginThrottle throttle, Sessions sessions,
                 AuthProperties auth) {
        this(users, hasher, tokens, throttle, sessions, auth, Clock.systemUTC());
    }

    public Login(Users users, PasswordHasher hasher, TokenIssuer tokens, LoginThrottle throttle, Sessions sessions,
                 AuthProperties auth, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
        this.sessions = sessions;
        this.auth = auth;
        this.clock = clock;
        this.unknownUserHash = hasher.hash(Password.of("no-such-user-timing-equaliser"));
    }

    public SessionToken logIn(Username username, Password password, AttemptOrigin origin) {
        Optional<RateLimitedException> refused = throttle.refusal(username, origin);
        if (refused.isPresent()) {
            throw refused.get();
        }
        Optional<User> found = users.byUsername(username);
        boolean matches = hasher.matches(password, found.map(User::passwordHash).orElse(unknownUserHash));
        if (found.isEmpty() || !matches) {
            throttle.failed(username, origin);
            throw new BusinessException(ErrorCode.BAD_CREDENTIALS);
        }
        throttle.succeeded(username, origin);
        User user = found.get();
        if (!user.isActive()) {
            throw new BusinessException(ErrorCode.USER_FROZEN);
        }
        Instant now = clock.instant();
        Session session = Session.open(user.userId(), now, auth.tokenTtl());
        sessions.add(session);
        return tokens.issue(user, session, now);
    }
}
