package org.opentrade.facade.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentrade.api.user.apikey.ApiKeyScope;

/** Which scope each route needs from an API key, and which routes take no key at all. */
class RouteScopesTest {

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @CsvSource({
            "GET, /api/v1/accounts, READ",
            "GET, /api/v1/orders, READ",
            "GET, /api/v1/orders/42, READ",
            "GET, /api/v1/orders/42/fills, READ",
            "GET, /api/v1/fills, READ",
            "GET, /api/v1/withdrawals/p-1, READ",
            "GET, /api/v1/me, READ",
            "GET, /api/v1/time, READ",
            "HEAD, /api/v1/accounts, READ",
            "POST, /api/v1/orders, TRADE",
            "DELETE, /api/v1/orders/42, TRADE",
            "DELETE, /api/v1/orders, TRADE",
            "PATCH, /api/v1/orders/42, TRADE",
            "POST, /api/v1/withdrawals, WITHDRAW"})
    void eachKeyRouteNeedsItsScope(String method, String path, ApiKeyScope scope) {
        assertThat(RouteScopes.required(method, path)).contains(scope);
    }

    @ParameterizedTest(name = "{0} {1} takes a session token only")
    @CsvSource({
            "POST, /api/v1/api-keys",
            "GET, /api/v1/api-keys",
            "DELETE, /api/v1/api-keys/AAAAAAAAAAAAAAAAAAAAAAAA",
            "GET, /api/v1/admin/audit",
            "POST, /api/v1/admin/users/1042/unfreeze",
            "GET, /api/v1/admin",
            "GET, /api/v1/stream",
            "DELETE, /api/v1/sessions/current",
            "POST, /api/v1/sessions",
            "POST, /api/v1/me/password",
            "POST, /api/v1/users",
            "POST, /api/v1/deposits",
            "POST, /api/v1/transfers",
            "POST, /api/v1/withdrawals/p-1",
            "DELETE, /api/v1/withdrawals",
            "OPTIONS, /api/v1/orders",
            "GET, /actuator/health",
            "GET, /api/v2/orders"})
    void everythingElseTakesNoKey(String method, String path) {
        assertThat(RouteScopes.required(method, path)).isEqualTo(Optional.empty());
    }

    @Test
    void aPrefixIsNotTheRoute() {
        assertThat(RouteScopes.required("POST", "/api/v1/ordersx")).isEmpty();
        assertThat(RouteScopes.required("GET", "/api/v1/adminx")).contains(ApiKeyScope.READ);
        assertThat(RouteScopes.required("GET", "/api/v1/api-keysx")).contains(ApiKeyScope.READ);
    }
}
