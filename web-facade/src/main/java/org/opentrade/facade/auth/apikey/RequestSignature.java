package org.opentrade.facade.auth.apikey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a request: hex HMAC-SHA256, under the key's secret (its characters' ASCII bytes), of
 * <pre>timestamp + METHOD + path + "?" + query + body</pre>
 * where timestamp is the decimal X-OT-TIMESTAMP, METHOD as sent ({@code GET}), path the request path as sent without
 * the query ({@code /api/v1/orders/42}), query the query string exactly as sent, without the "?" (empty when there is
 * none; the "?" is always there), and body the raw bytes of the body (empty for none). Signing bytes as they travel
 * leaves nothing to normalise: what the server received is what the client signed.
 */
public final class RequestSignature {
    public static final String ALGORITHM = "HmacSHA256";
    /** 32 bytes in hex. */
    public static final int HEX_LENGTH = 64;
    private static final HexFormat HEX = HexFormat.of();

    private RequestSignature() {
    }

    public static byte[] canonical(long timestampMs, String method, String path, String query, byte[] body) {
        byte[] head = (timestampMs + method + path + "?" + (query == null ? "" : query))
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    public static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), ALGORITHM);
    }

    /** Lower-case hex, as clients send it. */
    public static String sign(SecretKeySpec key, byte[] canonical) {
        return HEX.formatHex(mac(key, canonical));
    }

    /**
     * Whether SIGNATURE (hex, either case) is the HMAC of CANONICAL under KEY; compared in constant time, so the
     * answer's timing tells nothing about how many bytes matched.
     */
    public static boolean matches(SecretKeySpec key, byte[] canonical, String signature) {
        if (signature == null || signature.length() != HEX_LENGTH) {
            return false;
        }
        byte[] offered;
        try {
            offered = HEX.parseHex(signature);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(key, canonical), offered);
    }

    private static byte[] mac(SecretKeySpec key, byte[] canonical) {
        try {
            // a Mac is not thread-safe and costs microseconds to make: one per request
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(canonical);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }
}
