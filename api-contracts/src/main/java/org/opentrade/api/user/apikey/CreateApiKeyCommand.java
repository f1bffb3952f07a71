package org.opentrade.api.user.apikey;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A user creates an API key for a bot.
 *
 * @param label            the user's name for it (1-64 characters)
 * @param scopes           at least one
 * @param allowedAddresses client addresses (IPv4 or IPv6, each a single address or a CIDR range) the key may be used
 *                         from; empty: any address
 */
public record CreateApiKeyCommand(long userId, String label, Set<ApiKeyScope> scopes, List<String> allowedAddresses)
        implements Serializable {
}
