package org.opentrade.banksandbox.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a callback the way the bank documents it: lower-case hex of HMAC-SHA256, keyed with the UTF-8 bytes of
 * the shared secret, over the UTF-8 bytes of {@code timestamp + "\n" + nonce + "\n" + body}, where timestamp is
 * the decimal epoch milliseconds sent in X-Bank-Timestamp, nonce the value of X-Bank-Nonce, and body the exact
 * request body.
 */
public final class CallbackSigner {

    public static final String TIMESTAMP_HEADER = "X-Bank-Timestamp";
    public static final String NONCE_HEADER = "X-Bank-Nonce";
    public static final String SIGNATURE_HEADER = "X-Bank-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public CallbackSigner(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the signing secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String signature(long timestampMs, String nonce, String body) {
        String signed = timestampMs + "\n" + nonce + "\n" + body;
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // a Mac is not thread-safe; one per signature is cheap enough
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
