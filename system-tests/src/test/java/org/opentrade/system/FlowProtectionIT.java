package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The rules that protect the venue (deploy/local/nacos-config/README.md): a per-caller limit stops one user's burst
 * with 429 and when to come back while another user is served; a provider that is down is a fast 503 (its circuit
 * opens) and calls succeed again by themselves once it is back. Prints its figures ("[protect] ...").
 */
class FlowProtectionIT {
    static final String GROUP = "DEFAULT_GROUP";
    static final String PARAM_RULES = "web-facade-param-flow-rules.json";
    static final String ACCOUNTS = "/api/v1/accounts";
    static final String ACCOUNTS_RESOURCE = "caller:GET:" + ACCOUNTS;
    /** The temporary per-user limit on GET /accounts: small, so that a short burst is enough. */
    static final int BURST_LIMIT = 5;
    static final int BURST_WINDOW_S = 2;
    static final int BURST_SIZE = 20;
    static final Duration RULE_APPLIED_WITHIN = Duration.ofSeconds(20);

    static final String DEPOSITS = "/api/v1/deposits";
    static final String PROVIDER = "payment-provider";
    /** The shipped breaker's open window (payment-provider's interface in web-facade-degrade-rules.json). */
    static final String CIRCUIT_RETRY_AFTER = "5";
    static final int WARM_CALLS = 20;
    static final int MEASURED_CALLS = 150;
    /** Below the per-user limit on GET /deposits (100/s): the measurement must not meet a 429. */
    static final long CALL_PACE_MS = 20;
    static final long P99_MS_MAX = 100;
    static final long FIRST_503_WITHIN_MS = 60_000;
    static final long RECOVER_WITHIN_MS = 90_000;

    @Test
    void oneUsersBurstIs429WithWhenToComeBackWhileAnotherUserIsServed() {
        Api.Session greedy = Api.registerAndLogIn("burst-greedy");
        Api.Session other = Api.registerAndLogIn("burst-other");
        String original = Nacos.config(PARAM_RULES, GROUP);
        Nacos.publishConfig(PARAM_RULES, GROUP, withLowerAccountsLimit(original));
        try {
            List<Api.Reply> burst = new ArrayList<>();
            await().atMost(RULE_APPLIED_WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                burst.clear();
                for (int i = 0; i < BURST_SIZE; i++) {
                    burst.add(Api.get(ACCOUNTS, greedy.token()));
                }
                assertThat(burst).allSatisfy(reply -> assertThat(reply.status()).as(reply.raw()).isIn(200, 429));
                assertThat(burst).anySatisfy(reply -> assertThat(reply.status()).isEqualTo(429));
            });
            Api.Reply limited = burst.stream().filter(reply -> reply.status() == 429).findFirst().orElseThrow();
            assertThat(limited.code()).isEqualTo("RATE_LIMITED");
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, (long) BURST_WINDOW_S);
            assertThat(limited.header("RateLimit-Limit")).isEqualTo(Integer.toString(BURST_LIMIT));
            assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
            assertThat(limited.header("RateLimit-Reset")).isNotBlank();

            Api.Reply served = Api.get(ACCOUNTS, other.token());
            assertThat(served.status()).as("another user is served: " + served.raw()).isEqualTo(200);
            long refused = burst.stream().filter(reply -> reply.status() == 429).count();
            System.out.printf("[protect] burst of %d GET /accounts by one user (limit %d per %d s): %d served, %d "
                    + "answered 429 (Retry-After %s); another user served meanwhile%n", BURST_SIZE, BURST_LIMIT,
                    BURST_WINDOW_S, BURST_SIZE - refused, refused, limited.header("Retry-After"));
        } finally {
            Nacos.publishConfig(PARAM_RULES, GROUP, original.trim().startsWith("[") ? original : "[]");
        }
    }

    @Test
    void aProviderThatIsDownIsAFast503AndCallsSucceedByThemselvesOnceItIsBack() {
        assumeTrue(Nacos.instances(PROVIDER).path("hosts").size() == 1, "one " + PROVIDER + " instance");
        Api.Session user = Api.registerAndLogIn("breaker");
        assertThat(deposits(user).status()).isEqualTo(200);

        long[] latenciesMs = new long[MEASURED_CALLS];
        int circuitAnswers = 0;
        long first503Ms;
        Stack.run("kill-app", PROVIDER);
        try {
            first503Ms = Api.msUntilAnswered(() -> deposits(user), 503, FIRST_503_WITHIN_MS);
            for (int i = 0; i < WARM_CALLS; i++) {
                deposits(user);
                Trading.sleep(CALL_PACE_MS);
            }
            for (int i = 0; i < MEASURED_CALLS; i++) {
                long started = System.nanoTime();
                Api.Reply reply = deposits(user);
                latenciesMs[i] = (System.nanoTime() - started) / 1_000_000;
                assertThat(reply.status()).as(reply.raw()).isEqualTo(503);
                assertThat(reply.code()).isEqualTo("SERVICE_UNAVAILABLE");
                assertThat(reply.header("Retry-After")).isNotBlank();
                if (CIRCUIT_RETRY_AFTER.equals(reply.header("Retry-After"))) {
                    circuitAnswers++;
                }
                Trading.sleep(CALL_PACE_MS);
            }
        } finally {
            Stack.run("start-app", PROVIDER);
        }
        long recoverMs = Api.msUntilAnswered(() -> deposits(user), 200, RECOVER_WITHIN_MS);

        Arrays.sort(latenciesMs);
        long p50 = latenciesMs[MEASURED_CALLS / 2];
        long p99 = latenciesMs[(int) Math.ceil(MEASURED_CALLS * 0.99) - 1];
        System.out.printf("[protect] %s killed: first 503 after %d ms; %d calls while down: all 503, p50 %d ms, "
                        + "p99 %d ms, max %d ms, %d answered by the open circuit (Retry-After %s); after the restart "
                        + "was ready, calls succeeded again within %d ms%n", PROVIDER, first503Ms, MEASURED_CALLS, p50,
                p99, latenciesMs[MEASURED_CALLS - 1], circuitAnswers, CIRCUIT_RETRY_AFTER, recoverMs);
        assertThat(p99).as("p99 of the 503s while the provider is down").isLessThan(P99_MS_MAX);
        assertThat(circuitAnswers).as("most answers come from the open circuit, not a call that failed")
                .isGreaterThan(MEASURED_CALLS / 2);
    }

    private static Api.Reply deposits(Api.Session user) {
        return Api.get(DEPOSITS, user.token());
    }

    /** ORIGINAL (the shipped document, or nothing) with the GET /accounts per-user rule lowered to BURST_LIMIT. */
    private static String withLowerAccountsLimit(String original) {
        ArrayNode rules = Api.JSON.createArrayNode();
        try {
            JsonNode shipped = Api.JSON.readTree(original);
            if (shipped != null && shipped.isArray()) {
                shipped.forEach(rule -> {
                    if (!ACCOUNTS_RESOURCE.equals(rule.path("resource").asText())) {
                        rules.add(rule);
                    }
                });
            }
        } catch (java.io.IOException notJson) {
            // no document yet ("config data not exist"): the lowered rule alone
        }
        ObjectNode lowered = rules.addObject();
        lowered.put("resource", ACCOUNTS_RESOURCE).put("grade", 1).put("paramIdx", 0).put("count", BURST_LIMIT)
                .put("durationInSec", BURST_WINDOW_S);
        return rules.toString();
    }
}
