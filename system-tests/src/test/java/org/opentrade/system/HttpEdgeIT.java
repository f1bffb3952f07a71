package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The facade's edge over real HTTP: the body cap, Tomcat's own refusals in the API's error shape, security headers,
 * and what actuator shows on the public port.
 */
class HttpEdgeIT {
    static final int BODY_BYTES_MAX = 64 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final URI BASE = URI.create(Api.BASE);

    @Test
    void aBodyOverSixtyFourKibIs413WithACodeWhetherItsLengthIsDeclaredOrNot() throws Exception {
        String big = "{\"username\":\"" + "a".repeat(BODY_BYTES_MAX) + "\",\"password\":\"long-enough-1\"}";
        HttpResponse<String> declared = send(HttpRequest.newBuilder(BASE.resolve("/api/v1/users"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big)));
        assertErrorShape(declared, 413, "PAYLOAD_TOO_LARGE");

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(BASE.resolve("/api/v1/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertErrorShape(chunked, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyUnderTheCapIsStillReadAndJudgedOnItsContent() throws Exception {
        String padded = "{\"username\":\"" + "a".repeat(BODY_BYTES_MAX - 200) + "\",\"password\":\"long-enough-1\"}";
        HttpResponse<String> reply = send(HttpRequest.newBuilder(BASE.resolve("/api/v1/users"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(padded)));
        assertErrorShape(reply, 400, "VALIDATION_FAILED");
    }

    @Test
    void aNulInThePathAndAnOversizedHeaderAreAnsweredInTheErrorShape() throws IOException {
        String nul = raw("GET /api/v1/instruments%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(statusOf(nul)).as(nul).isEqualTo(400);
        assertRawErrorShape(nul, "MALFORMED_REQUEST");

        String bigHeader = raw("GET /api/v1/instruments HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(statusOf(bigHeader)).as(bigHeader).isIn(400, 431);
        assertRawErrorShape(bigHeader, statusOf(bigHeader) == 431 ? "HEADERS_TOO_LARGE" : "MALFORMED_REQUEST");
    }

    @Test
    void answersCarrySecurityHeadersAndPrivateOnesAreNeverStored() throws Exception {
        Api.Session alice = Api.registerAndLogIn("headers");
        String bearer = "Bearer " + alice.token();
        List<HttpResponse<String>> replies = List.of(
                send(HttpRequest.newBuilder(BASE.resolve("/api/v1/instruments")).GET()),
                send(HttpRequest.newBuilder(BASE.resolve("/api/v1/me")).header("Authorization", bearer).GET()),
                send(HttpRequest.newBuilder(BASE.resolve("/api/v1/accounts")).header("Authorization", bearer).GET()),
                send(HttpRequest.newBuilder(BASE.resolve("/api/v1/me")).GET()));
        assertThat(replies.get(1).statusCode()).isEqualTo(200);
        assertThat(replies.get(3).statusCode()).isEqualTo(401);
        for (HttpResponse<String> reply : replies) {
            String route = reply.uri().toString();
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).as(route).contains("nosniff");
            assertThat(reply.headers().firstValue("Cache-Control")).as(route).contains("no-store");
        }
        HttpResponse<String> ui = send(HttpRequest.newBuilder(BASE.resolve("/v3/api-docs")).GET());
        assertThat(ui.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void thePublicPortShowsHealthWithoutDetailsAndNoInfoOrMetrics() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(BASE.resolve("/actuator/health")).GET());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = Api.JSON.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).as(health.body()).isFalse();
        assertThat(body.has("details")).as(health.body()).isFalse();
        assertThat(send(HttpRequest.newBuilder(BASE.resolve("/actuator/health/readiness")).GET()).body()).contains("UP");

        for (String closed : new String[] {"/actuator/info", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
                "/actuator/env", "/actuator/beans", "/actuator/configprops"}) {
            HttpResponse<String> reply = send(HttpRequest.newBuilder(BASE.resolve(closed)).GET());
            assertErrorShape(reply, 404, "NOT_FOUND");
        }
    }

    @Test
    void providersServeHealthAndMetricsOnly() throws Exception {
        for (int port : new int[] {9101, 9102, 9103, 9104, 9105}) {
            URI provider = URI.create("http://127.0.0.1:" + port);
            assertThat(send(HttpRequest.newBuilder(provider.resolve("/actuator/health")).GET()).statusCode())
                    .isEqualTo(200);
            for (String closed : new String[] {"/actuator/info", "/actuator/metrics", "/actuator/env"}) {
                assertThat(send(HttpRequest.newBuilder(provider.resolve(closed)).GET()).statusCode())
                        .as(port + closed).isEqualTo(404);
            }
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).header(Api.FORWARDED_FOR, Api.CLIENT_ADDRESS).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void assertErrorShape(HttpResponse<String> reply, int status, String code) throws IOException {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = Api.JSON.readTree(reply.body());
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("requestId").asText()).isNotBlank();
    }

    private static void assertRawErrorShape(String answer, String code) throws IOException {
        assertThat(answer.toLowerCase()).contains("content-type: application/json");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        body = body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
        JsonNode json = Api.JSON.readTree(body);
        assertThat(json.get("code").asText()).isEqualTo(code);
        assertThat(json.get("requestId").asText()).isNotBlank();
    }

    /** Exactly these bytes on the wire: HttpClient would refuse to send some of them. */
    static String raw(String request) throws IOException {
        try (Socket socket = new Socket(BASE.getHost(), BASE.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    static int statusOf(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }
}
