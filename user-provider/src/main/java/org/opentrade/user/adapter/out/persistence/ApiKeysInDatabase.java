package org.opentrade.user.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opentrade.api.user.apikey.AddressRange;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.platform.db.Primary;
import org.opentrade.user.application.port.ApiKeys;
import org.opentrade.user.domain.apikey.ApiKey;
import org.springframework.stereotype.Repository;

/**
 * API keys in MariaDB. Every read goes to the primary: a key created a moment ago must work at once, a revoked one
 * must not look live on a replica that lags, and the owner's listing must show both.
 */
@Repository
class ApiKeysInDatabase implements ApiKeys {
    static final String SEPARATOR = ",";

    private final ApiKeyMapper mapper;

    ApiKeysInDatabase(ApiKeyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(ApiKey key) {
        ApiKeyRow row = new ApiKeyRow();
        row.keyId = key.keyId();
        row.userId = key.userId();
        row.label = key.label();
        row.scopes = key.scopes().stream().sorted().map(ApiKeyScope::name).collect(Collectors.joining(SEPARATOR));
        row.allowedAddresses = String.join(SEPARATOR, key.allowedAddressTexts());
        row.secretSealed = key.sealedSecret();
        row.createdAt = utc(key.createdAt());
        mapper.insert(row);
    }

    @Override
    public Optional<ApiKey> byId(String keyId) {
        return Optional.ofNullable(Primary.read(() -> mapper.byId(keyId))).map(ApiKeysInDatabase::toKey);
    }

    @Override
    public List<ApiKey> ofUser(long userId, int limit) {
        return Primary.read(() -> mapper.ofUser(userId, limit)).stream().map(ApiKeysInDatabase::toKey).toList();
    }

    /** On the primary even inside the transaction: user.yaml does not send transactional reads there by itself. */
    @Override
    public int countLive(long userId) {
        return Primary.read(() -> mapper.countLive(userId));
    }

    @Override
    public boolean revoke(String keyId, Instant at) {
        return mapper.revoke(keyId, utc(at)) == 1;
    }

    private static ApiKey toKey(ApiKeyRow row) {
        return new ApiKey(row.keyId, row.userId, row.label, split(row.scopes).stream().map(ApiKeyScope::valueOf)
                .collect(Collectors.toSet()), split(row.allowedAddresses).stream().map(AddressRange::parse).toList(),
                row.secretSealed, instant(row.createdAt), row.revokedAt == null ? null : instant(row.revokedAt));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
