package org.opentrade.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Risk monitoring in shadow mode for the run (alerts stored, nobody frozen): the bench users cross each other at one
 * price all the time, which is wash trading by the shipped rules, and a freeze would end the scenario. The detectors
 * still see every event (their cost is in the figures). The risk rules document is put back as it was afterwards.
 */
final class MonitoringShadow {
    static final String DATA_ID = "opentrade-risk-rules.json";
    static final String BASE = "http://" + System.getenv().getOrDefault("NACOS_ADDR", "127.0.0.1:8848")
            + "/nacos/v1/cs/configs";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String original;

    /** Switches interception off; answers false (and changes nothing) when the document cannot be read. */
    boolean enter() {
        try {
            original = send(HttpRequest.newBuilder(URI.create(BASE + "?group=DEFAULT_GROUP&dataId=" + DATA_ID)).GET());
            ObjectNode document = (ObjectNode) ApiClient.JSON.readTree(original);
            document.with("monitoring").put("intercept", false);
            publish(document.toString());
            return true;
        } catch (IOException | RuntimeException e) {
            BenchLog.line("set-up: risk monitoring left as it is (%s)", e.getMessage());
            original = null;
            return false;
        }
    }

    void leave() {
        if (original != null) {
            try {
                publish(original);
            } catch (IOException | RuntimeException e) {
                BenchLog.line("after: could not put the risk rules back (%s); `deploy/local/infra.sh up` does", e);
            }
        }
    }

    private void publish(String content) throws IOException {
        String form = "dataId=" + DATA_ID + "&group=DEFAULT_GROUP&type=json&content="
                + URLEncoder.encode(content, StandardCharsets.UTF_8);
        String reply = send(HttpRequest.newBuilder(URI.create(BASE))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (!reply.trim().equals("true")) {
            throw new IOException("Nacos refused the risk rules: " + reply);
        }
    }

    private String send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Nacos answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
