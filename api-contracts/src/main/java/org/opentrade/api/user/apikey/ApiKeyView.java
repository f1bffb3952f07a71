package org.opentrade.api.user.apikey;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * An API key as its owner may see it: never its secret.
 *
 * @param allowedAddresses canonical addresses and ranges; empty: any address
 * @param revokedAtEpochMs 0 while the key is live
 */
public record ApiKeyView(String keyId, long userId, String label, Set<ApiKeyScope> scopes,
                         List<String> allowedAddresses, long createdAtEpochMs, long revokedAtEpochMs)
        implements Serializable {

    public boolean revoked() {
        return revokedAtEpochMs != 0;
    }
}
