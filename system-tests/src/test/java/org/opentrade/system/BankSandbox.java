package org.opentrade.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bank sandbox's admin API (behaviour, statement plants, callback log, SMS inbox) and a signer playing the bank
 * for forged, stale and replayed notifications. Tests set the behaviour they need and put the fast default back.
 */
final class BankSandbox {
    static final String BASE = System.getenv().getOrDefault("OPENTRADE_BANK_URL", "http://127.0.0.1:8070");
    static final String SECRET = System.getenv().getOrDefault("OPENTRADE_BANK_SECRET",
            "local-only-bank-sandbox-secret-change-me");
    /** Settles quickly so that a test waits about half a second per callback. */
    static final String FAST = "{\"callbackDelayMs\":200,\"callbackJitterMs\":100}";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BankSandbox() {
    }

    static void behave(String json) {
        Api.Reply reply = send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/v1/behaviour"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        if (reply.status() != 200) {
            throw new IllegalStateException("behaviour " + json + ": " + reply);
        }
    }

    /** The stack's documented default (success, called back within about 2 s). */
    static void behaveAsDefault() {
        behave("{}");
    }

    static Api.Reply plant(String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/v1/statement/plant"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static void clearPlants() {
        send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/v1/statement/plants")).DELETE());
    }

    static JsonNode callbacks(String merchantReference) {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/v1/callbacks?merchantReference=" + merchantReference))
                .GET()).body();
    }

    static JsonNode sms(String to) {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/v1/sms?to=" + to)).GET()).body();
    }

    static Api.Reply payout(String merchantReference) {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/bank/v1/payouts/" + merchantReference)).GET());
    }

    /** The body the bank sends when a deposit (PAYMENT) or withdrawal (PAYOUT) settles. */
    static String notificationBody(String merchantReference, String kind, String status, String amount, String asset) {
        return "{\"bankReference\":\"BNK-TEST-" + UUID.randomUUID() + "\",\"merchantReference\":\"" + merchantReference
                + "\",\"kind\":\"" + kind + "\",\"status\":\"" + status + "\",\"amount\":\"" + amount
                + "\",\"asset\":\"" + asset + "\",\"settledAt\":\"2026-01-01T00:00:00Z\"}";
    }

    static String newNonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    static String sign(String secret, String timestamp, String nonce, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "\n" + nonce + "\n" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a notification to the facade's callback route as the bank would, with the given parts. */
    static Api.Reply notifyFacade(String timestamp, String nonce, String signature, String body) {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/callbacks/bank"))
                .header("Content-Type", "application/json")
                .header("X-Bank-Timestamp", timestamp).header("X-Bank-Nonce", nonce)
                .header("X-Bank-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Api.Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            return new Api.Reply(response.statusCode(), raw == null || raw.isBlank() ? null : Api.JSON.readTree(raw), raw);
        } catch (IOException e) {
            throw new IllegalStateException("unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
