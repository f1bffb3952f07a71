package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The facade finds user-provider through Nacos, and only there: stop the provider and the facade answers 503 with a
 * code (never 500); start it again and the same request succeeds.
 */
class ProviderDiscoveryIT {
    static final Duration DEREGISTER_WITHIN = Duration.ofSeconds(60);
    static final Duration RECOVER_WITHIN = Duration.ofSeconds(60);

    @Test
    void everyProviderIsRegisteredInNacosOnLoopbackWithItsDubboPort() {
        // the host name that the stack's JVM hosts file maps to 127.0.0.1 (docs/adr/0004-dubbo-on-loopback.md)
        String[][] expected = {{"user-provider", "20881"}, {"fund-provider", "20882"}, {"trade-provider", "20883"},
                {"payment-provider", "20884"}, {"risk-provider", "20885"}};
        for (String[] provider : expected) {
            JsonNode hosts = Nacos.instances(provider[0]).get("hosts");
            assertThat(hosts).as(provider[0] + " in Nacos").isNotEmpty();
            assertThat(hosts.findValuesAsText("ip")).containsOnly("opentrade-loopback");
            assertThat(hosts.findValuesAsText("port")).contains(provider[1]);
        }
    }

    @Test
    void stoppingUserProviderGives503AndStartingItRecovers() {
        String login = "{\"username\":\"operator\",\"password\":\"operator-local-1\"}";
        assertThat(Api.post("/api/v1/sessions", null, login).status()).isEqualTo(200);

        Stack.run("stop-app", "user-provider");
        try {
            await().atMost(DEREGISTER_WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                Api.Reply reply = Api.post("/api/v1/sessions", null, login);
                assertThat(reply.status()).as(reply.raw()).isNotEqualTo(500).isEqualTo(503);
                assertThat(reply.code()).isEqualTo("SERVICE_UNAVAILABLE");
            });
            // public routes served by other providers keep working
            assertThat(Api.get("/api/v1/instruments", null).status()).isEqualTo(200);
        } finally {
            Stack.run("start-app", "user-provider");
        }
        await().atMost(RECOVER_WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Api.post("/api/v1/sessions", null, login).status()).isEqualTo(200));
    }
}
