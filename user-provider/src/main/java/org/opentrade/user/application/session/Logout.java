package org.opentrade.user.application.session;

import java.time.Clock;

import org.opentrade.user.application.port.SessionAnnouncements;
import org.opentrade.user.application.port.Sessions;
import org.springframework.stereotype.Service;

/** Ends one session; its token is refused from then on (on every facade instance within a second). */
@Service
public class Logout {
    private final Sessions sessions;
    private final SessionAnnouncements announcements;
    private final Clock clock = Clock.systemUTC();

    public Logout(Sessions sessions, SessionAnnouncements announcements) {
        this.sessions = sessions;
        this.announcements = announcements;
    }

    /** Idempotent: an unknown or already ended session changes nothing. */
    public void end(String sessionId) {
        sessions.byId(sessionId).ifPresent(session -> {
            if (sessions.revoke(sessionId, clock.instant())) {
                announcements.sessionsChanged(session.userId());
            }
        });
    }
}
