package org.opentrade.api.user.apikey;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What the facade needs to verify and admit a request signed with a key: the secret (HMAC needs it; only the facade
 * asks for it, over the internal Dubbo surface), the scopes, the allowlist and whether the key and its user are live.
 * The facade caches it briefly and drops it when user-provider announces a change of the user
 * ({@link org.opentrade.api.user.SessionEvents}: a revoke, a freeze, an unfreeze).
 *
 * @param secret null unless the status is ACTIVE or USER_FROZEN
 */
public record ApiKeyStanding(String keyId, long userId, String username, ApiKeyStatus status,
                             Set<ApiKeyScope> scopes, List<String> allowedAddresses, String secret)
        implements Serializable {

    public static ApiKeyStanding unknown(String keyId) {
        return new ApiKeyStanding(keyId, 0, null, ApiKeyStatus.UNKNOWN, Set.of(), List.of(), null);
    }

    @Override
    public String toString() {
        return "ApiKeyStanding[keyId=" + keyId + ", userId=" + userId + ", status=" + status + ", scopes=" + scopes
                + ", allowedAddresses=" + allowedAddresses + ", secret=***]";
    }
}
