package org.opentrade.facade.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.api.user.apikey.ApiKeyStatus;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.auth.SessionCheckProperties;

/**
 * Every way a signed request is admitted or refused, over user-provider played by a map and the Redis gate played
 * by a set of seen signatures and a count: valid, expired, replayed, wrong secret, wrong scope, revoked, frozen,
 * allowlist, rate, and routes that take no key.
 */
class ApiKeyAuthenticatorTest {
    static final long NOW = 1_767_323_045_678L;
    static final String KEY_ID = "AbCdEfGhIjKlMnOpQrStUv01";
    static final String SECRET = "Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC1zZWNyZXQ";
    static final String ORDER = "{\"symbol\":\"BTC-USD\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"price\":\"1\","
            + "\"quantity\":\"1\"}";

    final Map<String, ApiKeyStanding> userProvider = new HashMap<>();
    final AtomicInteger lookups = new AtomicInteger();
    final ApiKeyRegistry registry = new ApiKeyRegistry(keyId -> {
        lookups.incrementAndGet();
        return userProvider.getOrDefault(keyId, ApiKeyStanding.unknown(keyId));
    }, new SessionCheckProperties(60_000, 600_000, 1_000));
    final FakeGate gate = new FakeGate();
    final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(registry, gate, new ReceiveWindow(5_000),
            Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

    /** Seen signatures and a plain count in place of Redis; the real script is exercised by ApiKeysIT. */
    static final class FakeGate implements RequestGate {
        final Set<String> seen = new HashSet<>();
        int admittedMax = Integer.MAX_VALUE;
        long lastMemoryMs;

        @Override
        public Admission admit(String keyId, String signature, long nowMs, long memoryMs) {
            lastMemoryMs = memoryMs;
            if (seen.contains(keyId + signature.toLowerCase())) {
                return Admission.REPLAYED;
            }
            if (seen.size() >= admittedMax) {
                return Admission.limited(1_250);
            }
            seen.add(keyId + signature.toLowerCase());
            return Admission.ADMITTED;
        }
    }

    @Test
    void aValidSignedRequestIsTheKeysUserWithNoSessionAndOnlyRoleUser() {
        live(EnumSet.of(ApiKeyScope.TRADE), List.of());

        Caller caller = authenticator.authenticate(signed("POST", "/api/v1/orders", "", ORDER, NOW), "203.0.113.7");

        assertThat(caller.userId()).isEqualTo(1042);
        assertThat(caller.username()).isEqualTo("alice");
        assertThat(caller.apiKeyId()).isEqualTo(KEY_ID);
        assertThat(caller.sessionId()).isNull();
        assertThat(caller.roles()).containsExactly(Role.USER);
        assertThat(gate.lastMemoryMs).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void aTimestampOutsideTheWindowIsRefusedEitherWayAndAMalformedOneToo() {
        live(EnumSet.of(ApiKeyScope.READ), List.of());

        assertThat(authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW - 5_000), "203.0.113.7"))
                .isNotNull();
        assertRefused(signed("GET", "/api/v1/accounts", "", "", NOW - 5_001), ErrorCode.TIMESTAMP_OUTSIDE_WINDOW);
        assertRefused(signed("GET", "/api/v1/accounts", "", "", NOW + 5_001), ErrorCode.TIMESTAMP_OUTSIDE_WINDOW);
        for (String timestamp : new String[] {null, "", "-1", "1.5", "12345678901234567", "now"}) {
            SignedRequest request = new SignedRequest(KEY_ID, timestamp, "00".repeat(32), "GET", "/api/v1/accounts",
                    "", new byte[0]);
            assertRefused(request, ErrorCode.TIMESTAMP_OUTSIDE_WINDOW);
        }
    }

    @Test
    void theSameSignedRequestIsAdmittedOnceAndASecondOneWithANewTimestampIsNot() {
        live(EnumSet.of(ApiKeyScope.TRADE), List.of());
        SignedRequest request = signed("POST", "/api/v1/orders", "", ORDER, NOW);

        authenticator.authenticate(request, "203.0.113.7");

        assertRefused(request, ErrorCode.REPLAYED_REQUEST);
        assertThat(authenticator.authenticate(signed("POST", "/api/v1/orders", "", ORDER, NOW + 1), "203.0.113.7"))
                .isNotNull();
    }

    @Test
    void aWrongSecretOrAnAlteredRequestIsASignatureMismatchAndConsumesNothing() {
        live(EnumSet.of(ApiKeyScope.TRADE), List.of());
        SignedRequest honest = signed("POST", "/api/v1/orders", "", ORDER, NOW);

        assertRefused(signedWith(SECRET.replace('Z', 'Y'), "POST", "/api/v1/orders", "", ORDER, NOW),
                ErrorCode.SIGNATURE_INVALID);
        assertRefused(new SignedRequest(KEY_ID, honest.timestamp(), honest.signature(), "POST", "/api/v1/orders", "",
                ORDER.replace("\"1\"", "\"100\"").getBytes(StandardCharsets.UTF_8)), ErrorCode.SIGNATURE_INVALID);
        assertRefused(new SignedRequest(KEY_ID, honest.timestamp(), null, "POST", "/api/v1/orders", "",
                honest.body()), ErrorCode.SIGNATURE_INVALID);
        assertThat(gate.seen).isEmpty();
        assertThat(authenticator.authenticate(honest, "203.0.113.7")).isNotNull();
    }

    @Test
    void aKeyWithoutTheRoutesScopeIsRefusedEachScopeOpeningOnlyItsRoutes() {
        live(EnumSet.of(ApiKeyScope.READ), List.of());
        assertRefused(signed("POST", "/api/v1/orders", "", ORDER, NOW), ErrorCode.SCOPE_MISSING);
        assertRefused(signed("DELETE", "/api/v1/orders/42", "", "", NOW), ErrorCode.SCOPE_MISSING);

        live(EnumSet.of(ApiKeyScope.TRADE), List.of());
        assertRefused(signed("POST", "/api/v1/withdrawals", "", "{}", NOW), ErrorCode.SCOPE_MISSING);
        assertRefused(signed("GET", "/api/v1/accounts", "", "", NOW), ErrorCode.SCOPE_MISSING);

        live(EnumSet.of(ApiKeyScope.WITHDRAW), List.of());
        assertThat(authenticator.authenticate(signed("POST", "/api/v1/withdrawals", "", "{}", NOW), "203.0.113.7"))
                .isNotNull();
    }

    @Test
    void keyManagementAndOperatorRoutesTakeNoKeyWhateverItsScopes() {
        live(EnumSet.allOf(ApiKeyScope.class), List.of());

        for (String[] route : new String[][] {{"POST", "/api/v1/api-keys"}, {"GET", "/api/v1/api-keys"},
                {"DELETE", "/api/v1/api-keys/" + KEY_ID}, {"GET", "/api/v1/admin/audit"},
                {"POST", "/api/v1/transfers"}, {"DELETE", "/api/v1/sessions/current"}}) {
            assertRefused(signed(route[0], route[1], "", "", NOW), ErrorCode.SESSION_REQUIRED);
        }
        assertThat(lookups).as("refused before any lookup").hasValue(0);
    }

    @Test
    void unknownAndRevokedKeysAreInvalidAndImplausibleIdsAreNotLookedUp() {
        assertRefused(signed("GET", "/api/v1/accounts", "", "", NOW), ErrorCode.API_KEY_INVALID);
        userProvider.put(KEY_ID, new ApiKeyStanding(KEY_ID, 1042, "alice", ApiKeyStatus.REVOKED,
                EnumSet.of(ApiKeyScope.READ), List.of(), null));
        registry.forgetUser(1042);
        registry.forgetAll();
        assertRefused(signed("GET", "/api/v1/accounts", "", "", NOW), ErrorCode.API_KEY_INVALID);

        int before = lookups.get();
        for (String keyId : new String[] {null, "", "short", KEY_ID + "x", "AbCdEfGhIjKlMnOpQrStUv0!"}) {
            assertRefused(new SignedRequest(keyId, Long.toString(NOW), "00".repeat(32), "GET", "/api/v1/accounts", "",
                    new byte[0]), ErrorCode.API_KEY_INVALID);
        }
        assertThat(lookups).hasValue(before);
    }

    @Test
    void aFreezeOrARevokeAnnouncedIsInForceAtTheNextRequestAndAnUnfreezeToo() {
        live(EnumSet.of(ApiKeyScope.READ), List.of());
        assertThat(authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW), "203.0.113.7"))
                .isNotNull();

        standing(ApiKeyStatus.USER_FROZEN, EnumSet.of(ApiKeyScope.READ), List.of());
        assertThat(authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW + 1), "203.0.113.7"))
                .as("cached until announced").isNotNull();
        registry.forgetUser(1042);
        assertRefused(signed("GET", "/api/v1/accounts", "", "", NOW + 2), ErrorCode.USER_FROZEN);

        standing(ApiKeyStatus.ACTIVE, EnumSet.of(ApiKeyScope.READ), List.of());
        registry.forgetUser(1042);
        assertThat(authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW + 3), "203.0.113.7"))
                .isNotNull();
    }

    @Test
    void aFrozenUsersKeyIsOnlyToldSoWithAValidSignature() {
        standing(ApiKeyStatus.USER_FROZEN, EnumSet.of(ApiKeyScope.READ), List.of());
        assertRefused(signedWith(SECRET + "x", "GET", "/api/v1/accounts", "", "", NOW), ErrorCode.SIGNATURE_INVALID);
        assertRefused(signed("GET", "/api/v1/accounts", "", "", NOW), ErrorCode.USER_FROZEN);
    }

    @Test
    void anAllowlistAdmitsItsAddressesAndRangesOnly() {
        live(EnumSet.of(ApiKeyScope.READ), List.of("198.51.100.0/24", "2001:db8::/32"));

        assertThat(authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW), "198.51.100.9"))
                .isNotNull();
        assertThat(authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW + 1), "2001:db8::7"))
                .isNotNull();
        assertThatThrownBy(() -> authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW + 2),
                "198.51.101.9")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED));
        assertThatThrownBy(() -> authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW + 3),
                "unknown")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED));
    }

    @Test
    void overTheRateTheAnswerSaysWhenToComeBackInWholeSeconds() {
        live(EnumSet.of(ApiKeyScope.READ), List.of());
        gate.admittedMax = 1;
        authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW), "203.0.113.7");

        assertThatThrownBy(() -> authenticator.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW + 1),
                "203.0.113.7")).isInstanceOfSatisfying(RateLimited.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.retryAfterS()).isEqualTo(2);
                });
    }

    @Test
    void onlyPlainPathsAreSigned() {
        live(EnumSet.of(ApiKeyScope.TRADE), List.of());
        for (String path : new String[] {"/api/v1/orders/../withdrawals", "/api/v1/orders/%34%32", "/api/v1//orders",
                "/api/v1/orders;x=1", "/api/v1/orders/", "api/v1/orders", "/api/v1/./orders"}) {
            assertRefused(signed("POST", path, "", ORDER, NOW), ErrorCode.VALIDATION_FAILED);
        }
    }

    @Test
    void userProviderUnreachableWithNothingCachedIsUnavailable() {
        ApiKeyAuthenticator unreachable = new ApiKeyAuthenticator(new ApiKeyRegistry(keyId -> {
            throw new IllegalStateException("no provider");
        }, new SessionCheckProperties(60_000, 600_000, 1_000)), gate, new ReceiveWindow(5_000),
                Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
        assertThatThrownBy(() -> unreachable.authenticate(signed("GET", "/api/v1/accounts", "", "", NOW), "::1"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
    }

    private void live(Set<ApiKeyScope> scopes, List<String> allowed) {
        standing(ApiKeyStatus.ACTIVE, scopes, allowed);
        registry.forgetAll();
    }

    private void standing(ApiKeyStatus status, Set<ApiKeyScope> scopes, List<String> allowed) {
        userProvider.put(KEY_ID, new ApiKeyStanding(KEY_ID, 1042, "alice", status, scopes, allowed, SECRET));
    }

    static SignedRequest signed(String method, String path, String query, String body, long timestampMs) {
        return signedWith(SECRET, method, path, query, body, timestampMs);
    }

    static SignedRequest signedWith(String secret, String method, String path, String query, String body,
                                    long timestampMs) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = RequestSignature.sign(RequestSignature.key(secret),
                RequestSignature.canonical(timestampMs, method, path, query, bytes));
        return new SignedRequest(KEY_ID, Long.toString(timestampMs), signature, method, path, query, bytes);
    }

    private void assertRefused(SignedRequest request, ErrorCode code) {
        assertThatThrownBy(() -> authenticator.authenticate(request, "203.0.113.7"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
