package org.opentrade.user.application.port;

import java.time.Instant;
import java.util.Optional;

import org.opentrade.user.domain.Session;

/** Where sessions are kept: one row per login, the authority on whether its token may still be used. */
public interface Sessions {

    void add(Session session);

    Optional<Session> byId(String sessionId);

    /** Marks the session ended; false when it was unknown or already ended. */
    boolean revoke(String sessionId, Instant at);

    /** Ends every live session of the user except {@code keptSessionId}; returns how many ended. */
    int revokeOthers(long userId, String keptSessionId, Instant at);

    /** Deletes at most {@code limit} sessions that expired before {@code before}; returns how many. */
    int purgeExpired(Instant before, int limit);
}
