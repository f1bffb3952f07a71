package org.opentrade.api.user.apikey;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

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

    /**
     * The scopes as a fresh, plain {@link LinkedHashSet} in declaration order, the form every record carrying scopes
     * holds (and their address lists a fresh ArrayList): hessian2 (hessian-lite 4.0.4 still) misreads a record whose
     * field refers back to an object written earlier in the same message, e.g. the JDK's one shared empty list in the
     * second key of a listing; seen live as a set holding an ArrayList. Fresh objects are never back references.
     */
    public static Set<ApiKeyScope> onTheWire(Collection<ApiKeyScope> scopes) {
        Set<ApiKeyScope> plain = new LinkedHashSet<>();
        if (scopes != null) {
            scopes.stream().sorted().forEach(plain::add);
        }
        return plain;
    }
}
