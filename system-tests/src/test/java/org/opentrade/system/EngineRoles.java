package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which trade-provider process holds the engine lease (ADR 0009): each reports "owner" or "standby" in its readiness
 * details. The first process (HTTP 9103) is the owner the other tests expect; the second (trade-provider-b, 9113) is
 * its standby.
 */
final class EngineRoles {
    static final int FIRST = 9103;
    static final int SECOND = 9113;
    static final Duration TAKE_OVER_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EngineRoles() {
    }

    /** "owner", "standby", "unknown" (no engine details), or "unreachable". */
    static String role(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode engines = Api.JSON.readTree(response.body()).path("components").path("engines");
            return engines.path("details").path("role").asText("unknown");
        } catch (Exception unreachable) {
            return "unreachable";
        }
    }

    static void awaitRole(int port, String role) {
        long deadline = System.nanoTime() + TAKE_OVER_TIMEOUT.toNanos();
        while (!role.equals(role(port))) {
            assertThat(System.nanoTime()).as("port %d becomes %s", port, role).isLessThan(deadline);
            Trading.sleep(250);
        }
    }

    /** The stack's name of the process that owns the engines now (trade-provider or trade-provider-b). */
    static String ownerApp() {
        return "owner".equals(role(SECOND)) ? "trade-provider-b" : "trade-provider";
    }
}
