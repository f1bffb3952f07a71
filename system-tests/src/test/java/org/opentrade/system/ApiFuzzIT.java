package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the facade's own OpenAPI document, fed hostile input ({@link FuzzCases}) with a valid token, a
 * forged one or none: no answer may be 5xx (nothing is down while it runs, so not even 503), and every 4xx must be
 * the API's error shape {code, message, requestId}. Seeded ({@code -Dfuzz.seed=...} repeats a run) and bounded
 * ({@code -Dfuzz.cases=...} per operation), about half a minute. Each request presents its own client address, so
 * the login throttle is exercised without locking anyone out.
 */
class ApiFuzzIT {
    static final long SEED = Long.getLong("fuzz.seed", 20_261_206L);
    static final int CASES_PER_OPERATION = Integer.getInteger("fuzz.cases", 14);
    static final int REQUESTS_MAX = 1_000;
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void everyRouteAnswersHostileInputWithA4xxInTheErrorShapeAndNever5xx() throws Exception {
        JsonNode document = Api.JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/v3/api-docs"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body());
        FuzzCases cases = new FuzzCases(random, document);
        Api.Session fuzzer = Api.registerAndLogIn("fuzz");
        // logging out is one of the routes: it gets a session of its own, so the fuzzer's stays live
        String logoutToken = Api.logInFrom(LoginThrottlingIT.freshAddress(), fuzzer.username(), Api.PASSWORD)
                .body().get("token").asText();
        long started = System.nanoTime();
        for (Map.Entry<String, JsonNode> path : sorted(document.path("paths")).entrySet()) {
            for (Map.Entry<String, JsonNode> operation : sorted(path.getValue()).entrySet()) {
                String method = operation.getKey().toUpperCase();
                String token = path.getKey().equals("/api/v1/sessions/current") && method.equals("DELETE")
                        ? logoutToken : fuzzer.token();
                fuzz(cases, method, path.getKey(), operation.getValue(), token);
            }
        }
        System.out.printf("fuzz: %d requests over %d paths in %d ms (seed %d)%n", requests,
                document.path("paths").size(), (System.nanoTime() - started) / 1_000_000, SEED);
        assertThat(requests).as("the document lists the API's routes").isGreaterThan(100);
        assertThat(failures).as("%d of %d answers broke the contract (seed %d)", failures.size(), requests, SEED)
                .isEmpty();
    }

    private void fuzz(FuzzCases cases, String method, String path, JsonNode operation, String token) {
        boolean hasBody = operation.has("requestBody") || method.equals("POST");
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        List<FuzzCases.Body> bodies = hasBody ? cases.bodies(schema, CASES_PER_OPERATION) : List.of();
        for (int i = 0; i < CASES_PER_OPERATION && requests < REQUESTS_MAX; i++) {
            String target = target(cases, path, operation.path("parameters"));
            FuzzCases.Body body = bodies.isEmpty() ? null : bodies.get(i % bodies.size());
            HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30))
                    .header(Api.FORWARDED_FOR, LoginThrottlingIT.freshAddress());
            try {
                request.uri(URI.create(Api.BASE + target));
            } catch (IllegalArgumentException notAUri) {
                continue;
            }
            authorize(request, token);
            headers(request, operation.path("parameters"));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", body.contentType())
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
            }
            check(method + " " + abbreviated(target) + (body == null ? "" : " [" + body.label() + "]"), request);
        }
    }

    /** The path with each path parameter replaced, and each query parameter left out, sane or hostile. */
    private String target(FuzzCases cases, String path, JsonNode parameters) {
        String target = path;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String value = random.nextInt(4) == 0 ? "1" : cases.parameterValues(1).get(0);
            switch (parameter.path("in").asText()) {
                case "path" -> target = target.replace("{" + name + "}", value);
                case "query" -> {
                    if (!name.equals("caller") && random.nextBoolean()) {
                        query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
                    }
                }
                default -> { }
            }
        }
        return target + query;
    }

    private void authorize(HttpRequest.Builder request, String token) {
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> request.header("Authorization", "Bearer " + token.substring(0, token.length() - 3) + "AAA");
            case 2 -> request.header("Authorization", "Bearer " + "x".repeat(5_000));
            case 3 -> request.header("Authorization", "Basic dXNlcjpwYXNz");
            default -> request.header("Authorization", "Bearer " + token);
        }
    }

    /** Header parameters (Idempotency-Key, the bank's signature headers): absent, plausible or hostile. */
    private void headers(HttpRequest.Builder request, JsonNode parameters) {
        for (JsonNode parameter : parameters) {
            if (!parameter.path("in").asText().equals("header") || random.nextInt(4) == 0) {
                continue;
            }
            String value = switch (random.nextInt(4)) {
                case 0 -> "k" + random.nextLong();
                case 1 -> "x".repeat(300);
                case 2 -> "-1";
                default -> "\u00e9t\u00e9";
            };
            try {
                request.header(parameter.path("name").asText(), value);
            } catch (IllegalArgumentException restricted) {
                // a value the HTTP client itself will not send
            }
        }
    }

    private void check(String what, HttpRequest.Builder request) {
        requests++;
        HttpResponse<String> reply;
        try {
            reply = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            failures.add(what + ": no answer (" + e + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = reply.statusCode();
        if (status >= 500) {
            failures.add(what + ": " + status + " " + abbreviated(reply.body()));
        } else if (status >= 400) {
            String defect = errorShapeDefect(reply);
            if (defect != null) {
                failures.add(what + ": " + status + " " + defect + ": " + abbreviated(reply.body()));
            }
        }
    }

    /** Null when the answer is {code, message, requestId} JSON; what is wrong otherwise. */
    static String errorShapeDefect(HttpResponse<String> reply) {
        if (!reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return "not JSON (" + reply.headers().firstValue("Content-Type").orElse("no content type") + ")";
        }
        try {
            JsonNode body = Api.JSON.readTree(reply.body());
            if (body == null || !CODE.matcher(body.path("code").asText()).matches()) {
                return "no UPPER_SNAKE code";
            }
            if (body.path("message").asText().isBlank() || body.path("requestId").asText().isBlank()) {
                return "no message or requestId";
            }
            return null;
        } catch (IOException e) {
            return "unreadable JSON";
        }
    }

    private static Map<String, JsonNode> sorted(JsonNode object) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            sorted.put(entry.getKey(), entry.getValue());
        }
        return sorted;
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }
}
