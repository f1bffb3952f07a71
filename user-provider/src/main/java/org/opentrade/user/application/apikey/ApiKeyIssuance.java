package org.opentrade.user.application.apikey;

import java.time.Clock;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.apikey.ApiKeyCreated;
import org.opentrade.api.user.apikey.CreateApiKeyCommand;
import org.opentrade.user.application.port.ApiKeys;
import org.opentrade.user.application.port.SecretSealing;
import org.opentrade.user.application.port.Users;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.apikey.ApiKey;
import org.opentrade.user.domain.apikey.ApiKeyRequest;
import org.opentrade.user.domain.apikey.GeneratedKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Creates a key for an active user: a random id and secret, the secret sealed before it is stored, and the secret
 * answered once. The live-key count and the insert run under the user's row lock, so concurrent creations cannot pass
 * the limit together.
 */
@Service
public class ApiKeyIssuance {
    private final Users users;
    private final ApiKeys keys;
    private final SecretSealing sealing;
    private final ApiKeyProperties properties;
    private final TransactionOperations transactions;
    private final Clock clock = Clock.systemUTC();

    public ApiKeyIssuance(Users users, ApiKeys keys, SecretSealing sealing, ApiKeyProperties properties,
                          TransactionOperations transactions) {
        this.users = users;
        this.keys = keys;
        this.sealing = sealing;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** InvalidApiKeyRequest for bad input (nothing stored); USER_NOT_FOUND, USER_FROZEN, TOO_MANY_API_KEYS. */
    public ApiKeyCreated create(CreateApiKeyCommand command) {
        ApiKeyRequest request = ApiKeyRequest.of(command.label(), command.scopes(), command.allowedAddresses());
        User user = users.byId(command.userId()).orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
        if (!user.isActive()) {
            throw new BusinessException(ErrorCode.USER_FROZEN);
        }
        GeneratedKey generated = GeneratedKey.random();
        ApiKey key = ApiKey.issue(generated.keyId(), user.userId(), request,
                sealing.seal(generated.keyId(), generated.secret()), clock.instant());
        transactions.executeWithoutResult(tx -> {
            users.lockForUpdate(user.userId());
            if (keys.countLive(user.userId()) >= properties.liveKeysPerUserMax()) {
                throw new BusinessException(ErrorCode.TOO_MANY_API_KEYS, "at most " + properties.liveKeysPerUserMax()
                        + " live API keys per user; revoke one first");
            }
            keys.add(key);
        });
        return new ApiKeyCreated(key.view(), generated.secret());
    }
}
