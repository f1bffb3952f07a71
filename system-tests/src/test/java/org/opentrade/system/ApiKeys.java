package org.opentrade.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API keys through the public API, and requests signed with them, written from the README's description (not from
 * the facade's code): X-OT-SIGNATURE is hex HMAC-SHA256, keyed with the secret's characters, of timestamp + METHOD +
 * path + "?" + query + body.
 */
final class ApiKeys {
    /** The facade's clock minus ours, measured once (the same machine: a few milliseconds at most). */
    static final long CLOCK_OFFSET_MS = clockOffsetMs();

    record Key(String keyId, String secret) {
    }

    private ApiKeys() {
    }

    /** Creates a key with this JSON body; fails unless 201 with a key id and a secret. */
    static Key create(String token, String json) {
        Api.Reply created = Api.post("/api/v1/api-keys", token, json);
        if (created.status() != 201 || !created.body().hasNonNull("secret")) {
            throw new IllegalStateException("key not created: " + created);
        }
        return new Key(created.body().get("keyId").asText(), created.body().get("secret").asText());
    }

    static Key create(String token, String label, String... scopes) {
        return create(token, "{\"label\":\"" + label + "\",\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]}");
    }

    /** Now on the facade's clock, in epoch milliseconds. */
    static long now() {
        return System.currentTimeMillis() + CLOCK_OFFSET_MS;
    }

    /** A request signed now, from this run's client address. */
    static Api.Reply signed(Key key, String method, String pathAndQuery, String body) {
        return signed(key, method, pathAndQuery, body, now(), Api.CLIENT_ADDRESS);
    }

    /** The request as signed; send it with {@link #send}. */
    static HttpRequest.Builder request(Key key, String method, String pathAndQuery, String body, long timestampMs,
                                       String address) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        String signature = sign(key.secret(), timestampMs + method + path + "?" + query + body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + pathAndQuery)).timeout(Api.TIMEOUT)
                .header(Api.FORWARDED_FOR, address)
                .header("X-OT-APIKEY", key.keyId())
                .header("X-OT-TIMESTAMP", Long.toString(timestampMs))
                .header("X-OT-SIGNATURE", signature)
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return request;
    }

    static Api.Reply signed(Key key, String method, String pathAndQuery, String body, long timestampMs,
                            String address) {
        return Api.send(request(key, method, pathAndQuery, body, timestampMs, address));
    }

    static String sign(String secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long clockOffsetMs() {
        long sent = System.currentTimeMillis();
        Api.Reply time = Api.get("/api/v1/time", null);
        long received = System.currentTimeMillis();
        if (time.status() != 200) {
            throw new IllegalStateException("server time: " + time);
        }
        return time.body().get("epochMs").asLong() - (sent + received) / 2;
    }
}
