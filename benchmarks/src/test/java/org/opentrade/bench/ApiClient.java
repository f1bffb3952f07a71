package org.opentrade.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The plain HTTP client of the set-up and the clean-up (not of the measured load, which Gatling sends). Flow rules
 * limit registration, login and deposits per second, and the set-up runs beside the other load on the machine, so a
 * flow-control 429 (RATE_LIMITED, nothing was done) or a 503 is waited out a bounded number of times. Every call
 * this client sends is safe to repeat (a GET, a cancel, a key). A throttled login (TOO_MANY_LOGIN_ATTEMPTS) is not
 * retried: each attempt would count against the user.
 */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int ATTEMPTS_MAX = 8;
    static final long BACKOFF_FIRST_MS = 250;

    record Reply(int status, JsonNode body) {
        String text(String field) {
            return body == null || !body.hasNonNull(field) ? null : body.get(field).asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    Reply post(String path, String token, String idempotencyKey, Object body) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        long backoffMs = BACKOFF_FIRST_MS;
        for (int attempt = 1; ; attempt++) {
            Reply reply = once(request);
            if (!retryable(reply) || attempt == ATTEMPTS_MAX) {
                return reply;
            }
            pause(backoffMs);
            backoffMs = Math.min(backoffMs * 2, 4_000);
        }
    }

    private static boolean retryable(Reply reply) {
        return reply.status() == 503 || (reply.status() == 429 && "RATE_LIMITED".equals(reply.text("code")));
    }

    private Reply once(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            return new Reply(response.statusCode(), raw == null || raw.isBlank() ? null : JSON.readTree(raw));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
