package org.opentrade.user.domain;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import org.opentrade.api.user.SessionStatus;
import org.opentrade.api.user.UserStatus;

/**
 * One login. Its id travels in the token (claim {@code sid}); the token is accepted only while this session is
 * live and its user active, so a logout, a password change or a freeze ends a token before its expiry.
 *
 * @param revokedAt null while the session has not been ended
 */
public record Session(String sessionId, long userId, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    /** 128 random bits: session ids cannot be guessed. */
    static final int ID_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public Session {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static Session open(long userId, Instant now, Duration ttl) {
        byte[] id = new byte[ID_BYTES];
        RANDOM.nextBytes(id);
        return new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(id), userId, now, now.plus(ttl),
                null);
    }

    /** Revoked and expired sessions stay ended whatever the user's status; a live one follows its user. */
    public SessionStatus status(Instant now, UserStatus userStatus) {
        if (revokedAt != null) {
            return SessionStatus.REVOKED;
        }
        if (!now.isBefore(expiresAt)) {
            return SessionStatus.EXPIRED;
        }
        return userStatus == UserStatus.ACTIVE ? SessionStatus.ACTIVE : SessionStatus.USER_FROZEN;
    }
}
