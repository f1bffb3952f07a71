package org.opentrade.user.application.apikey;

import java.time.Clock;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.user.application.port.ApiKeys;
import org.opentrade.user.application.port.SessionAnnouncements;
import org.opentrade.user.domain.apikey.ApiKey;
import org.springframework.stereotype.Service;

/**
 * Revokes one of a user's keys, then announces a change of the user: every facade drops what it cached about the
 * user's keys and sessions, so requests signed with the key are refused within a second.
 */
@Service
public class ApiKeyRevocation {
    private final ApiKeys keys;
    private final SessionAnnouncements announcements;
    private final Clock clock = Clock.systemUTC();

    public ApiKeyRevocation(ApiKeys keys, SessionAnnouncements announcements) {
        this.keys = keys;
        this.announcements = announcements;
    }

    /**
     * Idempotent: a revoked key answers as it is (announced again, in case the first announcement was lost).
     * API_KEY_NOT_FOUND for an unknown key and for another user's, alike.
     */
    public ApiKey revoke(long userId, String keyId) {
        ApiKey key = owned(userId, keyId);
        if (!key.revoked()) {
            keys.revoke(keyId, clock.instant());
            key = owned(userId, keyId);
        }
        announcements.sessionsChanged(userId);
        return key;
    }

    private ApiKey owned(long userId, String keyId) {
        return keys.byId(keyId).filter(key -> key.userId() == userId)
                .orElseThrow(() -> new BusinessException(ErrorCode.API_KEY_NOT_FOUND));
    }
}
