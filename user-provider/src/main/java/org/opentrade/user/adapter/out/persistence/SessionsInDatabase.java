package org.opentrade.user.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.shardingsphere.infra.hint.HintManager;
import org.opentrade.user.application.port.Sessions;
import org.opentrade.user.domain.Session;
import org.springframework.stereotype.Repository;

/**
 * Sessions in MariaDB. Lookups go to the primary: a session ended a moment ago must not look live on a replica
 * that lags.
 */
@Repository
class SessionsInDatabase implements Sessions {
    private final SessionMapper mapper;

    SessionsInDatabase(SessionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(Session session) {
        SessionRow row = new SessionRow();
        row.sessionId = session.sessionId();
        row.userId = session.userId();
        row.createdAt = utc(session.createdAt());
        row.expiresAt = utc(session.expiresAt());
        mapper.insert(row);
    }

    @Override
    public Optional<Session> byId(String sessionId) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return Optional.ofNullable(mapper.byId(sessionId)).map(SessionsInDatabase::toSession);
        }
    }

    @Override
    public boolean revoke(String sessionId, Instant at) {
        return mapper.revoke(sessionId, utc(at)) == 1;
    }

    @Override
    public int revokeOthers(long userId, String keptSessionId, Instant at) {
        return mapper.revokeOthers(userId, keptSessionId == null ? "" : keptSessionId, utc(at));
    }

    @Override
    public int purgeExpired(Instant before, int limit) {
        return mapper.purgeExpired(utc(before), limit);
    }

    private static Session toSession(SessionRow row) {
        return new Session(row.sessionId, row.userId, instant(row.createdAt), instant(row.expiresAt),
                row.revokedAt == null ? null : instant(row.revokedAt));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
