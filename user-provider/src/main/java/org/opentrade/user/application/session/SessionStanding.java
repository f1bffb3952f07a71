package org.opentrade.user.application.session;

import java.time.Clock;

import org.opentrade.api.user.SessionView;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.application.port.Sessions;
import org.opentrade.user.application.port.Users;
import org.opentrade.user.domain.User;
import org.springframework.stereotype.Service;

/** Whether a session's token may still be used: what the facade asks before it admits a request. */
@Service
public class SessionStanding {
    /** Longer ids were never issued; they are not looked up. */
    static final int SESSION_ID_LENGTH_MAX = 64;

    private final Sessions sessions;
    private final Users users;
    private final Clock clock = Clock.systemUTC();

    public SessionStanding(Sessions sessions, Users users) {
        this.sessions = sessions;
        this.users = users;
    }

    public SessionView of(String sessionId) {
        if (sessionId == null || sessionId.isEmpty() || sessionId.length() > SESSION_ID_LENGTH_MAX) {
            return SessionView.unknown(sessionId);
        }
        return sessions.byId(sessionId)
                .map(session -> {
                    // a user row that vanished counts as frozen: nothing of theirs may proceed
                    UserStatus userStatus = users.byId(session.userId()).map(User::status).orElse(UserStatus.FROZEN);
                    return new SessionView(sessionId, session.userId(), session.status(clock.instant(), userStatus));
                })
                .orElseGet(() -> SessionView.unknown(sessionId));
    }
}
