package org.opentrade.facade.auth.apikey;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.facade.auth.SessionCheckProperties;

/**
 * What user-provider says about each key, cached as the {@link org.opentrade.facade.auth.SessionGuard} caches
 * sessions, with the same bounds: an announcement that a user changed (a revoke, a freeze, an unfreeze) drops that
 * user's keys at once, so the next request asks again (in force within a second on every instance); without one, an
 * entry is asked again after {@code refreshAfterMs}; while user-provider is unreachable the last answer serves up to
 * {@code staleMaxMs}. Unknown ids are cached too (bounded by {@code entriesMax}), so guessing ids costs user-provider
 * nothing more than one lookup per id.
 */
public class ApiKeyRegistry {
    private final LoadingCache<String, KeyMaterial> keys;

    public ApiKeyRegistry(Function<String, ApiKeyStanding> lookup, SessionCheckProperties properties) {
        this.keys = Caffeine.newBuilder()
                .maximumSize(properties.entriesMax())
                .refreshAfterWrite(Duration.ofMillis(properties.refreshAfterMs()))
                .expireAfterWrite(Duration.ofMillis(properties.staleMaxMs()))
                .recordStats()
                .build(keyId -> KeyMaterial.of(lookup.apply(keyId)));
    }

    /** The key's material; SERVICE_UNAVAILABLE when user-provider cannot say and nothing is cached. */
    KeyMaterial get(String keyId) {
        try {
            return keys.get(keyId);
        } catch (BusinessException e) {
            throw e;
        } catch (RuntimeException unreachable) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "API keys cannot be checked now; retry later");
        }
    }

    /** Forgets the user's keys (called on an announcement). */
    public void forgetUser(long userId) {
        keys.asMap().values().removeIf(key -> key.userId() == userId);
    }

    /** Forgets everything: announcements may have been missed (the subscription was re-established). */
    public void forgetAll() {
        keys.invalidateAll();
    }

    public Cache<String, ?> cache() {
        return keys;
    }
}
