package org.opentrade.user.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opentrade.user.domain.apikey.ApiKey;

/** Where API keys are kept: one row per key, live or revoked; the authority on whether a key may be used. */
public interface ApiKeys {

    void add(ApiKey key);

    /** Read from the primary: a key revoked a moment ago must not look live. */
    Optional<ApiKey> byId(String keyId);

    /** The user's keys, newest first, at most {@code limit}. */
    List<ApiKey> ofUser(long userId, int limit);

    /** The user's keys that are not revoked. Call it in the transaction that adds one, after locking the user. */
    int countLive(long userId);

    /** Marks the key revoked; false when it was unknown or already revoked. */
    boolean revoke(String keyId, Instant at);
}
