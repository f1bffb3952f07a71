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

/** The Nacos open API (v1), as an operator's tooling would use it. */
final class Nacos {
    static final String BASE = "http://" + System.getenv().getOrDefault("NACOS_ADDR", "127.0.0.1:8848") + "/nacos";
    static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Nacos() {
    }

    static JsonNode instances(String serviceName) {
        return Api.JSON.valueToTree(readJson(send(HttpRequest.newBuilder(URI.create(BASE
                + "/v1/ns/instance/list?serviceName=" + encode(serviceName))).GET())));
    }

    /**
     * Publishes a document and returns once Nacos serves it back: Nacos answers reads from a cache it refreshes after
     * the write, so a read-modify-write right after a publish could otherwise read the older version and undo it.
     */
    static void publishConfig(String dataId, String group, String content) {
        String form = "dataId=" + encode(dataId) + "&group=" + encode(group) + "&type=json&content=" + encode(content);
        String reply = send(HttpRequest.newBuilder(URI.create(BASE + "/v1/cs/configs"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (!reply.trim().equals("true")) {
            throw new IllegalStateException("Nacos refused config " + dataId + ": " + reply);
        }
        long deadline = System.nanoTime() + PUBLISHED_WITHIN.toNanos();
        while (!content.equals(config(dataId, group))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Nacos does not serve the new " + dataId + " after " + PUBLISHED_WITHIN);
            }
            Trading.sleep(50);
        }
    }

    static String config(String dataId, String group) {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/v1/cs/configs?dataId=" + encode(dataId) + "&group="
                + encode(group))).GET());
    }

    private static JsonNode readJson(String text) {
        try {
            return Api.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    private static String send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("Nacos unreachable at " + BASE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
