package org.opentrade.user.domain.apikey;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.opentrade.api.user.apikey.AddressRange;
import org.opentrade.api.user.apikey.ApiKeyScope;

/**
 * What a user asks for when creating a key, checked against the columns it lands in: a label of 1-64 printable
 * characters (counted as MariaDB counts them: code points), at least one scope, at most 10 allowlist entries, each an
 * address or CIDR range (duplicates collapse to one).
 */
public record ApiKeyRequest(String label, Set<ApiKeyScope> scopes, List<AddressRange> allowedAddresses) {
    public static final int LABEL_LENGTH_MAX = 64;
    public static final int ADDRESSES_MAX = 10;

    public ApiKeyRequest {
        scopes = Set.copyOf(scopes);
        allowedAddresses = List.copyOf(allowedAddresses);
    }

    public static ApiKeyRequest of(String label, Set<ApiKeyScope> scopes, List<String> allowedAddresses) {
        return new ApiKeyRequest(label(label), scopes(scopes), addresses(allowedAddresses));
    }

    private static String label(String label) {
        if (label == null || label.isBlank() || label.codePointCount(0, label.length()) > LABEL_LENGTH_MAX) {
            throw new InvalidApiKeyRequest("label must be 1-" + LABEL_LENGTH_MAX + " characters");
        }
        if (label.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidApiKeyRequest("label must not contain control characters");
        }
        return label.strip();
    }

    private static Set<ApiKeyScope> scopes(Set<ApiKeyScope> scopes) {
        if (scopes == null || scopes.isEmpty() || scopes.contains(null)) {
            throw new InvalidApiKeyRequest("scopes must name at least one of read, trade, withdraw");
        }
        return EnumSet.copyOf(scopes);
    }

    private static List<AddressRange> addresses(List<String> texts) {
        if (texts == null) {
            return List.of();
        }
        if (texts.size() > ADDRESSES_MAX) {
            throw new InvalidApiKeyRequest("allowedAddresses holds at most " + ADDRESSES_MAX + " entries");
        }
        Set<AddressRange> ranges = new LinkedHashSet<>();
        for (String text : texts) {
            try {
                ranges.add(AddressRange.parse(text));
            } catch (IllegalArgumentException e) {
                throw new InvalidApiKeyRequest("allowedAddresses: " + e.getMessage());
            }
        }
        return new ArrayList<>(ranges);
    }
}
