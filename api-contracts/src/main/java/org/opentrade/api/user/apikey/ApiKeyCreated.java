package org.opentrade.api.user.apikey;

import java.io.Serializable;

/**
 * A new key with its secret: the only answer that ever carries the secret. The user-provider keeps it only sealed
 * (docs/adr/0017-api-keys.md); a lost secret means a new key.
 */
public record ApiKeyCreated(ApiKeyView key, String secret) implements Serializable {
    @Override
    public String toString() {
        return "ApiKeyCreated[key=" + key + ", secret=***]";
    }
}
