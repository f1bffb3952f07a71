package org.opentrade.user.application.apikey;

import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.api.user.apikey.ApiKeyStatus;
import org.opentrade.user.application.port.ApiKeys;
import org.opentrade.user.application.port.SecretSealing;
import org.opentrade.user.application.port.Users;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.apikey.ApiKey;
import org.opentrade.user.domain.apikey.GeneratedKey;
import org.springframework.stereotype.Service;

/**
 * What the facade asks before it admits a signed request: the key's secret (opened here, the only place that holds
 * the master key), scopes, allowlist, and whether the key and its user are live. A revoked key's secret is never
 * opened again; a frozen user's is, so that the facade can check the signature before it says the user is frozen.
 */
@Service
public class ApiKeyStandings {
    private final ApiKeys keys;
    private final Users users;
    private final SecretSealing sealing;

    public ApiKeyStandings(ApiKeys keys, Users users, SecretSealing sealing) {
        this.keys = keys;
        this.users = users;
        this.sealing = sealing;
    }

    public ApiKeyStanding of(String keyId) {
        if (!GeneratedKey.plausibleKeyId(keyId)) {
            return ApiKeyStanding.unknown(keyId);
        }
        return keys.byId(keyId).map(this::standing).orElseGet(() -> ApiKeyStanding.unknown(keyId));
    }

    private ApiKeyStanding standing(ApiKey key) {
        // a user row that vanished counts as frozen: nothing of theirs may proceed
        User user = users.byId(key.userId()).orElse(null);
        ApiKeyStatus status = key.status(user == null ? UserStatus.FROZEN : user.status());
        String secret = status == ApiKeyStatus.REVOKED ? null : sealing.open(key.keyId(), key.sealedSecret());
        return new ApiKeyStanding(key.keyId(), key.userId(), user == null ? null : user.username().value(), status,
                key.scopes(), key.allowedAddressTexts(), secret);
    }
}
