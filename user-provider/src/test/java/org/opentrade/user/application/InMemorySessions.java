package org.opentrade.user.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.opentrade.user.application.port.Sessions;
import org.opentrade.user.domain.Session;

/** The Sessions port in memory, for use-case tests. */
public final class InMemorySessions implements Sessions {
    private final Map<String, Session> byId = new LinkedHashMap<>();

    @Override
    public void add(Session session) {
        if (byId.putIfAbsent(session.sessionId(), session) != null) {
            throw new IllegalStateException("duplicate session id " + session.sessionId());
        }
    }

    @Override
    public Optional<Session> byId(String sessionId) {
        return Optional.ofNullable(byId.get(sessionId));
    }

    @Override
    public boolean revoke(String sessionId, Instant at) {
        Session s = byId.get(sessionId);
        if (s == null || s.revokedAt() != null) {
            return false;
        }
        byId.put(sessionId, revoked(s, at));
        return true;
    }

    @Override
    public int revokeOthers(long userId, String keptSessionId, Instant at) {
        int ended = 0;
        for (Session s : byId.values()) {
            if (s.userId() == userId && !s.sessionId().equals(keptSessionId) && s.revokedAt() == null
                    && s.expiresAt().isAfter(at)) {
                byId.put(s.sessionId(), revoked(s, at));
                ended++;
            }
        }
        return ended;
    }

    @Override
    public int purgeExpired(Instant before, int limit) {
        var expired = byId.values().stream().filter(s -> s.expiresAt().isBefore(before)).limit(limit)
                .map(Session::sessionId).toList();
        expired.forEach(byId::remove);
        return expired.size();
    }

    public int size() {
        return byId.size();
    }

    private static Session revoked(Session s, Instant at) {
        return new Session(s.sessionId(), s.userId(), s.createdAt(), s.expiresAt(), at);
    }
}
