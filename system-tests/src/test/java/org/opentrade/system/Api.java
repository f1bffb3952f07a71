package org.opentrade.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A thin HTTP client of the running facade (127.0.0.1:8080 unless OPENTRADE_API says otherwise). */
final class Api {
    static final String BASE = System.getenv().getOrDefault("OPENTRADE_API", "http://127.0.0.1:8080");
    /** Above the facade's longest call (a transfer may take up to 15 s under load before it answers). */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The client address this test run presents (RFC 2544's benchmarking range), through X-Forwarded-For, which the
     * facade believes from loopback: login failures are counted per address, and the suite's own deliberate failures
     * must not add up on 127.0.0.1 over repeated runs and lock every later run out.
     */
    static final String CLIENT_ADDRESS = "198.18." + ThreadLocalRandom.current().nextInt(256) + "."
            + (1 + ThreadLocalRandom.current().nextInt(254));
    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer; {@code headers} are empty where a caller built it without them. */
    record Reply(int status, JsonNode body, String raw, HttpHeaders headers) {
        private static final HttpHeaders NONE = HttpHeaders.of(java.util.Map.of(), (name, value) -> true);

        Reply(int status, JsonNode body, String raw) {
            this(status, body, raw, NONE);
        }

        String code() {
            return body == null || !body.has("code") ? null : body.get("code").asText();
        }

        /** The first value of header NAME, or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private Api() {
    }

    static Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A GET whose answer need not be JSON (a CSV): {@code raw} is the text, {@code body} is parsed only if JSON. */
    static Reply getText(String path, String token) {
        return send(request(path, token).GET(), false);
    }

    static Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    static Reply patch(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply postWithHeader(String path, String token, String header, String value, String json) {
        return send(request(path, token).header(header, value).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply post(String path, String token, Object body) {
        try {
            return post(path, token, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A login as a client at {@code address}. */
    static Reply logInFrom(String address, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/sessions")).timeout(TIMEOUT)
                .header(FORWARDED_FOR, address).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")));
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(TIMEOUT)
                .header(FORWARDED_FOR, CLIENT_ADDRESS);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Milliseconds until the call answers {@code status} (asked every 20 ms); fails after {@code giveUpMs}. */
    static long msUntilAnswered(Supplier<Reply> call, int status, long giveUpMs) {
        long started = System.nanoTime();
        while (true) {
            Reply reply = call.get();
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            if (reply.status() == status) {
                return elapsedMs;
            }
            if (elapsedMs > giveUpMs) {
                throw new AssertionError("still " + reply.status() + " after " + elapsedMs + " ms: " + reply.raw());
            }
            Trading.sleep(20);
        }
    }

    static Reply send(HttpRequest.Builder builder) {
        return send(builder, true);
    }

    private static Reply send(HttpRequest.Builder builder, boolean alwaysJson) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            boolean json = alwaysJson
                    || response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            JsonNode body = raw == null || raw.isBlank() || !json ? null : JSON.readTree(raw);
            return new Reply(response.statusCode(), body, raw, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("facade unreachable at " + BASE + " (is the stack up?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The answer is the error STATUS with CODE (any code when null). Here rather than in a test class: using a test
     * class's helper initializes that class, and with it the symbol it lists.
     */
    static void assertError(Reply reply, int status, String code) {
        org.assertj.core.api.Assertions.assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        if (code != null) {
            org.assertj.core.api.Assertions.assertThat(reply.body().get("code").asText()).as(reply.raw())
                    .isEqualTo(code);
        }
    }

    /** A username nobody has used: tests never depend on the database being empty. */
    static String freshUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    record Session(String userId, String username, String token) {
    }

    /** The local operator account (local profile defaults, see README). */
    static String operatorToken() {
        Reply session = post("/api/v1/sessions", null, "{\"username\":\"operator\",\"password\":\"operator-local-1\"}");
        if (session.status() != 200) {
            throw new IllegalStateException("operator login failed: " + session);
        }
        return session.body().get("token").asText();
    }

    /**
     * The password every test user gets: it satisfies the password rules (it must not contain the username, which is
     * why it is not derived from it).
     */
    static final String PASSWORD = "vault-lantern-42";

    static Session registerAndLogIn(String prefix) {
        String username = freshUsername(prefix);
        String password = PASSWORD;
        Reply registered = post("/api/v1/users", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (registered.status() != 201) {
            throw new IllegalStateException("register failed: " + registered);
        }
        Reply session = post("/api/v1/sessions", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (session.status() != 200) {
            throw new IllegalStateException("login failed: " + session);
        }
        return new Session(registered.body().get("userId").asText(), username, session.body().get("token").asText());
    }
}
