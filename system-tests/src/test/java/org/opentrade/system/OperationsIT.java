package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What operators rely on: health, metrics, OpenAPI, Sentinel clients, and flow rules applied from Nacos. */
class OperationsIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @ParameterizedTest
    @CsvSource({"web-facade,8080,8720", "user-provider,9101,8721", "fund-provider,9102,8722",
            "trade-provider,9103,8723", "payment-provider,9104,8724", "risk-provider,9105,8725"})
    void everyApplicationServesHealthMetricsAndASentinelClient(String app, int httpPort, int sentinelPort) {
        HttpResponse<String> health = get("http://127.0.0.1:" + httpPort + "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> prometheus = get("http://127.0.0.1:" + httpPort + "/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes").contains("application=\"" + app + "\"");

        // Sentinel's transport API, which the dashboard talks to
        HttpResponse<String> sentinel = get("http://127.0.0.1:" + sentinelPort + "/getRules?type=flow");
        assertThat(sentinel.statusCode()).isEqualTo(200);
        assertThat(sentinel.body()).startsWith("[");
    }

    @Test
    void theOpenApiDocumentDescribesTheV1Routes() {
        HttpResponse<String> docs = get(Api.BASE + "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/users", "/api/v1/sessions", "/api/v1/me", "/api/v1/accounts",
                "/api/v1/instruments", "/api/v1/orders", "/api/v1/orders/{orderId}", "/api/v1/fills",
                "/api/v1/market/{symbol}/depth", "/api/v1/market/{symbol}/trades", "/api/v1/deposits", "/api/v1/withdrawals",
                "/api/v1/ping", "/api/v1/ledger/statement.csv", "X-Next-Cursor");
        assertThat(get(Api.BASE + "/swagger-ui.html").statusCode()).isEqualTo(200);
    }

    @Test
    void aFlowRulePublishedInNacosThrottlesTheRouteWith429AndRemovingItLiftsIt() {
        String dataId = "web-facade-flow-rules.json";
        String original = Nacos.config(dataId, "DEFAULT_GROUP");
        String rule = "[{\"resource\":\"GET:/api/v1/instruments\",\"grade\":1,\"count\":2}]";
        Nacos.publishConfig(dataId, "DEFAULT_GROUP", rule);
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                List<Api.Reply> burst = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    burst.add(Api.get("/api/v1/instruments", null));
                }
                assertThat(burst).anySatisfy(reply -> {
                    assertThat(reply.status()).isEqualTo(429);
                    assertThat(reply.code()).isEqualTo("RATE_LIMITED");
                });
                assertThat(burst).allSatisfy(reply -> assertThat(reply.status()).isIn(200, 429));
            });
        } finally {
            Nacos.publishConfig(dataId, "DEFAULT_GROUP", original.startsWith("[") ? original : "[]");
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            for (int i = 0; i < 10; i++) {
                assertThat(Api.get("/api/v1/instruments", null).status()).isEqualTo(200);
            }
        });
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(url + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
