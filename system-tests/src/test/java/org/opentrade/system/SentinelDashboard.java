package org.opentrade.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The official Sentinel dashboard's HTTP API, the one its own UI calls, in a logged-in session. Every answer is the
 * dashboard's {@code {"success", "code", "msg", "data"}}; a refusal throws with the dashboard's message.
 */
final class SentinelDashboard {
    static final String BASE = "http://" + System.getenv().getOrDefault("SENTINEL_DASHBOARD", "127.0.0.1:8858");
    static final String SESSION_COOKIE = "sentinel_dashboard_cookie";
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String cookie;

    private SentinelDashboard(String cookie) {
        this.cookie = cookie;
    }

    /** Whether anything answers HTTP at BASE (the dashboard's jar is optional on a machine). */
    static boolean answers() {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/")).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST /auth/login as the UI's login form does; keeps the session cookie it sets. */
    static SentinelDashboard logIn(String username, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(BASE + "/auth/login?username="
                + encode(username) + "&password=" + encode(password))).POST(HttpRequest.BodyPublishers.noBody()));
        data(response);
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SESSION_COOKIE + "="))
                .map(value -> value.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("the dashboard set no " + SESSION_COOKIE + " cookie"));
        return new SentinelDashboard(cookie);
    }

    /** The {@code data} of a successful GET of PATH_AND_QUERY. */
    JsonNode get(String pathAndQuery) {
        return data(send(request(pathAndQuery).GET()));
    }

    JsonNode postJson(String path, String json) {
        return data(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    JsonNode delete(String pathAndQuery) {
        return data(send(request(pathAndQuery).DELETE()));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(BASE + pathAndQuery)).header("Cookie", cookie);
    }

    private static JsonNode data(HttpResponse<String> response) {
        JsonNode result;
        try {
            result = Api.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the dashboard answered " + response.statusCode() + ", not JSON: "
                    + response.body(), e);
        }
        if (response.statusCode() != 200 || result == null || !result.path("success").asBoolean()) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                    + " refused by the dashboard (" + response.statusCode() + "): " + response.body());
        }
        return result.path("data");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Sentinel dashboard unreachable at " + BASE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
