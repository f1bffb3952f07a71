package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * API keys for bots over real HTTP against the running stack: a key is created with its secret shown once, requests
 * signed with it read, place and cancel; expired, replayed, forged, out-of-scope, revoked, frozen, off-allowlist and
 * too frequent requests are refused with their own codes; and the example client in examples/signed-client places
 * and cancels an order as a process of its own.
 */
class ApiKeysIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("AK");
    /** The bound the issue sets for a freeze or revoke to be in force on every facade instance. */
    static final long IN_FORCE_WITHIN_MS = 1_000;
    /** As the facade's application.yml sets them (opentrade.api-keys). */
    static final long WINDOW_MS = 5_000;
    static final int RATE_PER_SECOND = 20;
    static final int BURST = 40;
    static final Path EXAMPLE = Stack.ROOT.resolve("examples/signed-client/SignedClient.java");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aKeyShowsItsSecretOnceAndIsListedWithoutIt() {
        Api.Session alice = Api.registerAndLogIn("keys-create");

        Api.Reply created = Api.post("/api/v1/api-keys", alice.token(),
                "{\"label\":\"grid bot\",\"scopes\":[\"read\",\"trade\"],\"allowedAddresses\":[\"198.51.100.7/24\"]}");

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String keyId = created.body().get("keyId").asText();
        assertThat(keyId).matches("[A-Za-z0-9_-]{24}");
        assertThat(created.body().get("secret").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.body().get("scopes")).extracting(JsonNode::asText).containsExactly("read", "trade");
        assertThat(created.body().get("allowedAddresses")).extracting(JsonNode::asText)
                .containsExactly("198.51.100.0/24");
        Api.Reply listed = Api.get("/api/v1/api-keys", alice.token());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).hasSize(1);
        JsonNode key = listed.body().get(0);
        assertThat(key.get("keyId").asText()).isEqualTo(keyId);
        assertThat(key.get("label").asText()).isEqualTo("grid bot");
        assertThat(key.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(key.get("createdAt").asText()).isNotBlank();
        assertThat(key.has("secret")).isFalse();
        assertThat(listed.raw()).doesNotContain(created.body().get("secret").asText());
        assertThat(Api.get("/api/v1/api-keys", Api.registerAndLogIn("keys-other").token()).body()).isEmpty();

        Api.assertError(Api.post("/api/v1/api-keys", alice.token(), "{\"label\":\"x\",\"scopes\":[\"admin\"]}"), 400,
                "VALIDATION_FAILED");
        Api.assertError(Api.post("/api/v1/api-keys", alice.token(),
                "{\"label\":\"x\",\"scopes\":[\"read\"],\"allowedAddresses\":[\"example.com\"]}"), 400,
                "VALIDATION_FAILED");
        Api.assertError(Api.post("/api/v1/api-keys", null, "{\"label\":\"x\",\"scopes\":[\"read\"]}"), 401, null);
    }

    @Test
    void liveKeysAreBoundedPerUserAndARevokeFreesASlot() {
        Api.Session alice = Api.registerAndLogIn("keys-limit");
        List<ApiKeys.Key> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            keys.add(ApiKeys.create(alice.token(), "bot " + i, "read"));
        }
        Api.assertError(Api.post("/api/v1/api-keys", alice.token(), "{\"label\":\"21\",\"scopes\":[\"read\"]}"), 422,
                "TOO_MANY_API_KEYS");

        assertThat(Api.delete("/api/v1/api-keys/" + keys.get(0).keyId(), alice.token()).status()).isEqualTo(200);
        ApiKeys.create(alice.token(), "in its place", "read");
        assertThat(Api.get("/api/v1/api-keys", alice.token()).body()).hasSize(21);
    }

    @Test
    void aValidSignedRequestReadsPlacesAndCancels() {
        Api.Session alice = Money.fundedUser("keys-trade", "USD", 100 * ONE);
        ApiKeys.Key key = ApiKeys.create(alice.token(), "trader", "read", "trade");

        Api.Reply accounts = ApiKeys.signed(key, "GET", "/api/v1/accounts", "");
        assertThat(accounts.status()).as(accounts.raw()).isEqualTo(200);
        assertThat(accounts.raw()).contains("\"USD\"");
        Api.Reply placed = ApiKeys.signed(key, "POST", "/api/v1/orders", order("10", "0.5"));
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asText();
        Api.Reply open = ApiKeys.signed(key, "GET", "/api/v1/orders?symbol=" + SYMBOL + "&state=open&limit=10", "");
        assertThat(open.status()).as(open.raw()).isEqualTo(200);
        assertThat(open.body()).extracting(o -> o.get("orderId").asText()).containsExactly(orderId);
        assertThat(Money.balance(alice.token(), "USD")[1]).as("USD held by the order").isPositive();

        Api.Reply canceled = ApiKeys.signed(key, "DELETE", "/api/v1/orders/" + orderId, "");
        assertThat(canceled.status()).as(canceled.raw()).isEqualTo(200);
        assertThat(canceled.body().get("status").asText()).isEqualTo("CANCELED");
        assertThat(Api.get("/api/v1/orders/" + orderId, alice.token()).body().get("status").asText())
                .isEqualTo("CANCELED");
        Trading.awaitSettled();
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(100 * ONE, 0);
    }

    @Test
    void aTimestampOutsideTheWindowIsRefusedEitherWay() {
        Api.Session alice = Api.registerAndLogIn("keys-window");
        ApiKeys.Key key = ApiKeys.create(alice.token(), "clock", "read");

        for (long offsetMs : new long[] {-(WINDOW_MS + 2_000), WINDOW_MS + 2_000}) {
            Api.Reply reply = ApiKeys.signed(key, "GET", "/api/v1/accounts", "", ApiKeys.now() + offsetMs,
                    Api.CLIENT_ADDRESS);
            Api.assertError(reply, 401, "TIMESTAMP_OUTSIDE_WINDOW");
        }
        Api.Reply late = ApiKeys.signed(key, "GET", "/api/v1/accounts", "", ApiKeys.now() - WINDOW_MS / 2,
                Api.CLIENT_ADDRESS);
        assertThat(late.status()).as("2.5 s late is inside: " + late.raw()).isEqualTo(200);
    }

    @Test
    void aReplayedRequestIsRefusedAndPlacesNothing() {
        Api.Session alice = Money.fundedUser("keys-replay", "USD", 100 * ONE);
        ApiKeys.Key key = ApiKeys.create(alice.token(), "replay", "trade");
        var signed = ApiKeys.request(key, "POST", "/api/v1/orders", order("10", "0.5"), ApiKeys.now(),
                Api.CLIENT_ADDRESS);

        Api.Reply first = Api.send(signed);
        Api.Reply again = Api.send(signed);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        Api.assertError(again, 409, "REPLAYED_REQUEST");
        assertThat(Api.get("/api/v1/orders?state=all&limit=10", alice.token()).body()).hasSize(1);
        Trading.cancelAll(alice.token());
    }

    @Test
    void aWrongSecretATamperedBodyOrAnUnknownKeyIsRefused() {
        Api.Session alice = Money.fundedUser("keys-forged", "USD", 100 * ONE);
        ApiKeys.Key key = ApiKeys.create(alice.token(), "forged", "trade");
        ApiKeys.Key wrongSecret = new ApiKeys.Key(key.keyId(), key.secret().substring(1) + "A");

        Api.assertError(ApiKeys.signed(wrongSecret, "POST", "/api/v1/orders", order("10", "0.5")), 401,
                "SIGNATURE_INVALID");
        var honest = ApiKeys.request(key, "POST", "/api/v1/orders", order("10", "0.5"), ApiKeys.now(),
                Api.CLIENT_ADDRESS);
        var tampered = honest.copy().method("POST", HttpRequest.BodyPublishers.ofString(
                order("10", "0.9"), StandardCharsets.UTF_8));
        Api.assertError(Api.send(tampered), 401, "SIGNATURE_INVALID");
        Api.assertError(ApiKeys.signed(new ApiKeys.Key("A".repeat(24), key.secret()), "GET", "/api/v1/accounts", ""),
                401, "API_KEY_INVALID");
        assertThat(Api.get("/api/v1/orders?state=all&limit=10", alice.token()).body()).isEmpty();
        assertThat(Api.send(honest).status()).as("the honest request was never consumed").isEqualTo(201);
        Trading.cancelAll(alice.token());
    }

    @Test
    void eachScopeOpensItsRoutesOnlyAndKeysNeverManageKeysOrOperate() {
        Api.Session alice = Money.fundedUser("keys-scope", "USD", 100 * ONE);
        ApiKeys.Key reader = ApiKeys.create(alice.token(), "reader", "read");
        ApiKeys.Key trader = ApiKeys.create(alice.token(), "trader", "trade");
        ApiKeys.Key withdrawer = ApiKeys.create(alice.token(), "payout", "withdraw");

        Api.assertError(ApiKeys.signed(reader, "POST", "/api/v1/orders", order("10", "0.5")), 403, "SCOPE_MISSING");
        Api.assertError(ApiKeys.signed(trader, "GET", "/api/v1/accounts", ""), 403, "SCOPE_MISSING");
        Api.Reply tradeWithdraws = ApiKeys.signed(trader, "POST", "/api/v1/withdrawals", withdrawal("5"));
        Api.assertError(tradeWithdraws, 403, "SCOPE_MISSING");
        assertThat(Api.get("/api/v1/orders?state=all&limit=10", alice.token()).body()).isEmpty();
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(100 * ONE, 0);

        Api.Reply withdrawn = Api.send(ApiKeys.request(withdrawer, "POST", "/api/v1/withdrawals", withdrawal("5"),
                ApiKeys.now(), Api.CLIENT_ADDRESS).header("Idempotency-Key", Money.newKey()));
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(201);
        String withdrawalId = withdrawn.body().get("withdrawalId").asText();
        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + withdrawalId)).isEqualTo("SUCCEEDED");
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(95 * ONE);

        ApiKeys.Key everything = ApiKeys.create(alice.token(), "all", "read", "trade", "withdraw");
        Api.assertError(ApiKeys.signed(everything, "POST", "/api/v1/api-keys",
                "{\"label\":\"child\",\"scopes\":[\"read\"]}"), 403, "SESSION_REQUIRED");
        Api.assertError(ApiKeys.signed(everything, "GET", "/api/v1/api-keys", ""), 403, "SESSION_REQUIRED");
        Api.assertError(ApiKeys.signed(everything, "DELETE", "/api/v1/api-keys/" + reader.keyId(), ""), 403,
                "SESSION_REQUIRED");
        Api.assertError(ApiKeys.signed(everything, "GET", "/api/v1/admin/audit", ""), 403, "SESSION_REQUIRED");
        Api.assertError(ApiKeys.signed(everything, "POST", "/api/v1/transfers",
                "{\"toUsername\":\"nobody\",\"asset\":\"USD\",\"amount\":\"1\"}"), 403, "SESSION_REQUIRED");
        assertThat(Api.get("/api/v1/api-keys", alice.token()).body()).hasSize(4);
    }

    @Test
    void aRevokedKeyIsRefusedWithinASecondAndTheRevokeIsRecorded() {
        Api.Session alice = Api.registerAndLogIn("keys-revoke");
        ApiKeys.Key key = ApiKeys.create(alice.token(), "to revoke", "read");
        ApiKeys.Key other = ApiKeys.create(alice.token(), "stays", "read");
        assertThat(ApiKeys.signed(key, "GET", "/api/v1/accounts", "").status()).isEqualTo(200);

        Api.Reply revoked = Api.delete("/api/v1/api-keys/" + key.keyId(), alice.token());

        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
        assertThat(revoked.body().get("status").asText()).isEqualTo("REVOKED");
        long tookMs = untilAnswered(() -> ApiKeys.signed(key, "GET", "/api/v1/accounts", ""), 401);
        System.out.printf("revoke in force after %d ms%n", tookMs);
        assertThat(tookMs).isLessThan(IN_FORCE_WITHIN_MS);
        Api.assertError(ApiKeys.signed(key, "GET", "/api/v1/accounts", ""), 401, "API_KEY_INVALID");
        assertThat(ApiKeys.signed(other, "GET", "/api/v1/accounts", "").status()).as("the other key").isEqualTo(200);

        Api.Reply again = Api.delete("/api/v1/api-keys/" + key.keyId(), alice.token());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("revokedAt").asText()).isEqualTo(revoked.body().get("revokedAt").asText());
        JsonNode listed = Api.get("/api/v1/api-keys", alice.token()).body();
        JsonNode record = listed.get(0).get("keyId").asText().equals(key.keyId()) ? listed.get(0) : listed.get(1);
        assertThat(record.get("status").asText()).isEqualTo("REVOKED");
        assertThat(record.get("revokedAt").asText()).isEqualTo(revoked.body().get("revokedAt").asText());
        Api.assertError(Api.delete("/api/v1/api-keys/" + other.keyId(), Api.registerAndLogIn("keys-thief").token()),
                404, "API_KEY_NOT_FOUND");
        Api.assertError(Api.delete("/api/v1/api-keys/not-a-key", alice.token()), 400, "VALIDATION_FAILED");
        assertThat(ApiKeys.signed(other, "GET", "/api/v1/accounts", "").status()).isEqualTo(200);
    }

    @Test
    void aFrozenUsersKeyIsRefusedAtOnceAndWorksAgainAfterTheUnfreeze() {
        Api.Session alice = Money.fundedUser("keys-freeze", "USD", 100 * ONE);
        ApiKeys.Key key = ApiKeys.create(alice.token(), "frozen bot", "read", "trade");
        String operator = Api.operatorToken();
        assertThat(ApiKeys.signed(key, "GET", "/api/v1/accounts", "").status()).isEqualTo(200);

        assertThat(Api.post("/api/v1/admin/users/" + alice.userId() + "/freeze", operator,
                "{\"reason\":\"api key test\"}").status()).isEqualTo(200);
        try {
            long tookMs = untilAnswered(() -> ApiKeys.signed(key, "GET", "/api/v1/accounts", ""), 403);
            System.out.printf("freeze of a key's user in force after %d ms%n", tookMs);
            assertThat(tookMs).isLessThan(IN_FORCE_WITHIN_MS);
            Api.assertError(ApiKeys.signed(key, "GET", "/api/v1/accounts", ""), 403, "USER_FROZEN");
            Api.assertError(ApiKeys.signed(key, "POST", "/api/v1/orders", order("10", "0.5")), 403, "USER_FROZEN");
        } finally {
            assertThat(Api.post("/api/v1/admin/users/" + alice.userId() + "/unfreeze", operator, "").status())
                    .isEqualTo(200);
        }
        long backMs = untilAnswered(() -> ApiKeys.signed(key, "GET", "/api/v1/accounts", ""), 200);
        assertThat(backMs).isLessThan(IN_FORCE_WITHIN_MS);
        Api.Reply placed = ApiKeys.signed(key, "POST", "/api/v1/orders", order("10", "0.5"));
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        Trading.cancelAll(alice.token());
    }

    @Test
    void anAllowlistAdmitsItsAddressesOnly() {
        Api.Session alice = Api.registerAndLogIn("keys-allow");
        ApiKeys.Key key = ApiKeys.create(alice.token(),
                "{\"label\":\"office\",\"scopes\":[\"read\"],\"allowedAddresses\":[\"198.51.100.0/24\",\"2001:db8::/32\"]}");

        Api.Reply inside = ApiKeys.signed(key, "GET", "/api/v1/accounts", "", ApiKeys.now(), "198.51.100.77");
        assertThat(inside.status()).as(inside.raw()).isEqualTo(200);
        Api.Reply inside6 = ApiKeys.signed(key, "GET", "/api/v1/accounts", "", ApiKeys.now(), "2001:db8::5");
        assertThat(inside6.status()).as(inside6.raw()).isEqualTo(200);
        Api.assertError(ApiKeys.signed(key, "GET", "/api/v1/accounts", "", ApiKeys.now(), "198.51.101.77"), 403,
                "ADDRESS_NOT_ALLOWED");
        Api.assertError(ApiKeys.signed(key, "GET", "/api/v1/accounts", "", ApiKeys.now(), Api.CLIENT_ADDRESS), 403,
                "ADDRESS_NOT_ALLOWED");
    }

    /**
     * Past the key's burst the answer is 429 RATE_LIMITED with Retry-After, the key's own rate only (another key of
     * the same user is served), and the key is served again once Retry-After has passed.
     */
    @Test
    void eachKeyHasItsOwnRateAndA429SaysWhenToComeBack() throws Exception {
        Api.Session alice = Api.registerAndLogIn("keys-rate");
        ApiKeys.Key busy = ApiKeys.create(alice.token(), "busy", "read");
        ApiKeys.Key quiet = ApiKeys.create(alice.token(), "quiet", "read");
        int requests = 10 * BURST;

        long started = System.nanoTime();
        List<Api.Reply> replies = Concurrently.run(requests, 8,
                i -> ApiKeys.signed(busy, "GET", "/api/v1/time?n=" + i, ""));
        double seconds = (System.nanoTime() - started) / 1e9;

        List<Api.Reply> limited = replies.stream().filter(r -> r.status() == 429).toList();
        long served = replies.stream().filter(r -> r.status() == 200).count();
        System.out.printf("rate: %d served, %d limited of %d in %.2f s%n", served, limited.size(), requests, seconds);
        assertThat(served + limited.size()).as("every answer 200 or 429").isEqualTo(requests);
        assertThat(limited).as("%d requests in %.2f s", requests, seconds).isNotEmpty();
        assertThat(served).isLessThanOrEqualTo(BURST + (long) Math.ceil(RATE_PER_SECOND * (seconds + 1)));
        // the key's own refusals carry Retry-After (a Sentinel rule's would not)
        Api.Reply refusal = limited.stream().filter(r -> r.header("Retry-After") != null).findFirst().orElseThrow();
        assertThat(refusal.code()).isEqualTo("RATE_LIMITED");
        long retryAfterS = Long.parseLong(refusal.header("Retry-After"));
        assertThat(retryAfterS).isBetween(1L, 5L);

        assertThat(ApiKeys.signed(quiet, "GET", "/api/v1/time?n=quiet", "").status()).as("another key").isEqualTo(200);
        Trading.sleep(TimeUnit.SECONDS.toMillis(retryAfterS));
        Api.Reply back = ApiKeys.signed(busy, "GET", "/api/v1/time?n=after", "");
        assertThat(back.status()).as(back.raw()).isEqualTo(200);
    }

    /** examples/signed-client/SignedClient.java, run as a user would, with the JDK that runs this test. */
    @Test
    void theExampleClientPlacesAndCancelsAnOrder() throws Exception {
        Api.Session alice = Money.fundedUser("keys-example", "USD", 100 * ONE);
        ApiKeys.Key key = ApiKeys.create(alice.token(), "example", "trade");
        assertThat(EXAMPLE).exists();
        Path output = Files.createTempFile("signed-client", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                EXAMPLE.toString(), Api.BASE, key.keyId(), key.secret(), SYMBOL, "10", "0.5")
                .directory(Stack.ROOT.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            boolean exited = process.waitFor(120, TimeUnit.SECONDS);
            String log = Files.readString(output, StandardCharsets.UTF_8);
            System.out.println(log);
            assertThat(exited).as("still running after 120 s: %s", log).isTrue();
            assertThat(process.exitValue()).as(log).isZero();
            assertThat(log).contains("time: 200").contains("place: 201").contains("cancel: 200")
                    .contains("\"status\":\"CANCELED\"");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
        JsonNode orders = Api.get("/api/v1/orders?state=all&limit=10", alice.token()).body();
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).get("status").asText()).isEqualTo("CANCELED");
        assertThat(orders.get(0).get("symbol").asText()).isEqualTo(SYMBOL);
        Trading.awaitSettled();
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(100 * ONE, 0);

        Process refused = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                EXAMPLE.toString(), Api.BASE, key.keyId(), "not-the-secret", SYMBOL, "10", "0.5")
                .directory(Stack.ROOT.toFile()).redirectErrorStream(true).start();
        String refusedLog = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(refused.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).as(refusedLog).isEqualTo(1);
        assertThat(refusedLog).contains("place: 401").contains("SIGNATURE_INVALID");
    }

    @Test
    void theOpenApiDocumentListsTheKeyRoutesAndWhichScopeEachRouteNeeds() throws Exception {
        HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/v3/api-docs"))
                .timeout(Api.TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode document = Api.JSON.readTree(docs.body());
        JsonNode scheme = document.path("components").path("securitySchemes").path("apiKey");
        assertThat(scheme.path("name").asText()).isEqualTo("X-OT-APIKEY");
        assertThat(scheme.path("description").asText()).contains("X-OT-SIGNATURE", "X-OT-TIMESTAMP");
        assertThat(document.path("paths").has("/api/v1/api-keys")).isTrue();
        assertThat(document.path("paths").has("/api/v1/api-keys/{keyId}")).isTrue();
        JsonNode place = document.path("paths").path("/api/v1/orders").path("post");
        assertThat(place.path("security").toString()).contains("bearer", "apiKey");
        assertThat(place.path("description").asText()).contains("API key scope: trade");
        assertThat(document.path("paths").path("/api/v1/api-keys").path("post").path("security").toString())
                .doesNotContain("apiKey");
    }

    /** Milliseconds until the call answers {@code status}; fails after three times the bound. */
    private static long untilAnswered(Supplier<Api.Reply> call, int status) {
        return Api.msUntilAnswered(call, status, 3 * IN_FORCE_WITHIN_MS);
    }

    private static String order(String price, String quantity) {
        return "{\"symbol\":\"" + SYMBOL + "\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"price\":\""
                + price + "\",\"quantity\":\"" + quantity + "\",\"clientOrderId\":\"" + UUID.randomUUID() + "\"}";
    }

    private static String withdrawal(String amount) {
        return "{\"asset\":\"USD\",\"amount\":\"" + amount + "\"}";
    }
}
