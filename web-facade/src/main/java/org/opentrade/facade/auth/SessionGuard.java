package org.opentrade.facade.auth;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.SessionView;

/**
 * Admits a verified token only while its session is live and its user active: a logout, a password change or a
 * freeze ends the token before its expiry. Answers come from user-provider and are cached per session; an
 * announcement that a user's sessions changed ({@link SessionEventsListener}) drops that user's entries at once,
 * so the next request asks again (a freeze takes effect within a second on every instance). Without the
 * announcement, an entry is asked again after {@code refreshAfterMs}. While user-provider is unreachable the last
 * answer is used up to {@code staleMaxMs}: no session can change state while its owner is down.
 */
public class SessionGuard {
    private final LoadingCache<String, SessionView> standings;

    public SessionGuard(Function<String, SessionView> lookup, SessionCheckProperties properties) {
        this.standings = Caffeine.newBuilder()
                .maximumSize(properties.entriesMax())
                .refreshAfterWrite(Duration.ofMillis(properties.refreshAfterMs()))
                .expireAfterWrite(Duration.ofMillis(properties.staleMaxMs()))
                .recordStats()
                .build(lookup::apply);
    }

    /** Returns normally for a live session of an active user; 401, 403 USER_FROZEN or 503 otherwise. */
    public void admit(Caller caller) {
        SessionView session = standing(caller.sessionId());
        if (session.userId() != caller.userId()) {
            throw ended();
        }
        switch (session.status()) {
            case ACTIVE -> { }
            case USER_FROZEN -> throw new BusinessException(ErrorCode.USER_FROZEN,
                    "The user is frozen; requests are refused until an operator unfreezes it");
            case REVOKED, EXPIRED, UNKNOWN -> throw ended();
        }
    }

    /** Forgets what is known about the user's sessions (called on an announcement). */
    public void forgetUser(long userId) {
        standings.asMap().values().removeIf(session -> session.userId() == userId);
    }

    /** Forgets everything: announcements may have been missed (the subscription was re-established). */
    public void forgetAll() {
        standings.invalidateAll();
    }

    LoadingCache<String, SessionView> cache() {
        return standings;
    }

    private SessionView standing(String sessionId) {
        try {
            return standings.get(sessionId);
        } catch (BusinessException e) {
            throw e;
        } catch (RuntimeException unreachable) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "sessions cannot be checked now; retry later");
        }
    }

    private static BusinessException ended() {
        return new BusinessException(ErrorCode.UNAUTHENTICATED, "The session has ended; log in again");
    }
}
