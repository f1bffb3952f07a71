package org.opentrade.facade.auth.apikey;

import java.util.List;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import org.opentrade.api.user.apikey.AddressRange;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.api.user.apikey.ApiKeyStatus;

/**
 * What user-provider said about a key, made ready for checking requests: the secret as an HMAC key, the allowlist
 * parsed once.
 *
 * @param hmacKey          null when the key is unknown or revoked
 * @param allowedAddresses empty: any address
 */
record KeyMaterial(String keyId, long userId, String username, ApiKeyStatus status, Set<ApiKeyScope> scopes,
                   List<AddressRange> allowedAddresses, SecretKeySpec hmacKey) {

    /** An allowlist entry that does not parse fails the load (503): dropping it could widen the list to "any". */
    static KeyMaterial of(ApiKeyStanding standing) {
        boolean usable = standing.secret() != null
                && (standing.status() == ApiKeyStatus.ACTIVE || standing.status() == ApiKeyStatus.USER_FROZEN);
        return new KeyMaterial(standing.keyId(), standing.userId(), standing.username(),
                usable ? standing.status() : ApiKeyStatus.UNKNOWN,
                standing.scopes() == null ? Set.of() : Set.copyOf(standing.scopes()),
                standing.allowedAddresses() == null ? List.of()
                        : standing.allowedAddresses().stream().map(AddressRange::parse).toList(),
                usable ? RequestSignature.key(standing.secret()) : null);
    }

    boolean usable() {
        return hmacKey != null;
    }

    /** Whether a client at ADDRESS (as the facade saw it) may use the key. */
    boolean allows(String address) {
        if (allowedAddresses.isEmpty()) {
            return true;
        }
        return AddressRange.address(address)
                .map(bytes -> allowedAddresses.stream().anyMatch(range -> range.containsAddress(bytes)))
                .orElse(false);
    }

    @Override
    public String toString() {
        return "KeyMaterial[keyId=" + keyId + ", userId=" + userId + ", status=" + status + ", scopes=" + scopes + "]";
    }
}
