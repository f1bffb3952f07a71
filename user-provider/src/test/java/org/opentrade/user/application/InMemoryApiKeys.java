package org.opentrade.user.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentrade.user.application.port.ApiKeys;
import org.opentrade.user.domain.apikey.ApiKey;

/** The ApiKeys port in memory, for use-case tests. */
public final class InMemoryApiKeys implements ApiKeys {
    public final Map<String, ApiKey> byId = new LinkedHashMap<>();

    @Override
    public void add(ApiKey key) {
        if (byId.putIfAbsent(key.keyId(), key) != null) {
            throw new IllegalStateException("duplicate key id " + key.keyId());
        }
    }

    @Override
    public Optional<ApiKey> byId(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    @Override
    public List<ApiKey> ofUser(long userId, int limit) {
        return byId.values().stream().filter(k -> k.userId() == userId)
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public int countLive(long userId) {
        return (int) byId.values().stream().filter(k -> k.userId() == userId && !k.revoked()).count();
    }

    @Override
    public boolean revoke(String keyId, Instant at) {
        ApiKey k = byId.get(keyId);
        if (k == null || k.revoked()) {
            return false;
        }
        byId.put(keyId, new ApiKey(k.keyId(), k.userId(), k.label(), k.scopes(), k.allowedAddresses(),
                k.sealedSecret(), k.createdAt(), at));
        return true;
    }
}
