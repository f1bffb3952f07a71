package org.opentrade.api.user.apikey;

import java.util.Locale;

/**
 * What a request signed with an API key may do. Each scope opens its routes and nothing else: a key that trades but
 * cannot read asks for both. Key management, sessions, deposits, transfers and operator routes take no API key at all.
 */
public enum ApiKeyScope {
    /** GET (and HEAD) of every route a session token may read, except the keys themselves and operator routes. */
    READ,
    /** Placing and canceling orders: POST /orders, DELETE /orders, DELETE /orders/{orderId}. */
    TRADE,
    /** Money leaving the venue: POST /withdrawals. */
    WITHDRAW;

    /** As JSON shows it: {@code read}, {@code trade}, {@code withdraw}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope named {@code read}, {@code trade} or {@code withdraw} (case-sensitive); null for anything else. */
    public static ApiKeyScope ofWireName(String name) {
        for (ApiKeyScope scope : values()) {
            if (scope.wireName().equals(name)) {
                return scope;
            }
        }
        return null;
    }
}
