package org.opentrade.facade.auth.apikey;

import java.util.Optional;

import org.opentrade.api.user.apikey.ApiKeyScope;

/**
 * The scope a signed request needs, by method and plain path (checked as such by {@link SignedRequest}): reads need
 * READ, changes to orders TRADE, a withdrawal WITHDRAW. Everything else, and every route of key management, operators
 * and the push stream, takes a session token only. A route added later is closed to keys until it is named here.
 */
public final class RouteScopes {
    static final String API = "/api/v1";
    static final String ORDERS = API + "/orders";

    private RouteScopes() {
    }

    /** The scope METHOD on PATH needs; empty when no API key may call it. */
    public static Optional<ApiKeyScope> required(String method, String path) {
        if (sessionOnly(path)) {
            return Optional.empty();
        }
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return Optional.of(ApiKeyScope.READ);
        }
        if (("POST".equals(method) || "DELETE".equals(method) || "PATCH".equals(method) || "PUT".equals(method))
                && (path.equals(ORDERS) || path.startsWith(ORDERS + "/"))) {
            return Optional.of(ApiKeyScope.TRADE);
        }
        if ("POST".equals(method) && path.equals(API + "/withdrawals")) {
            return Optional.of(ApiKeyScope.WITHDRAW);
        }
        return Optional.empty();
    }

    private static boolean sessionOnly(String path) {
        return !path.startsWith(API + "/") || under(path, API + "/api-keys") || under(path, API + "/admin")
                || under(path, API + "/stream") || under(path, API + "/sessions") || under(path, API + "/me/password");
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
