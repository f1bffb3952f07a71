package org.opentrade.payment.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bank's notification signature: lower-case hex HMAC-SHA256 with the shared secret over
 * {@code timestamp + "\n" + nonce + "\n" + body}. Compared in constant time.
 */
public final class BankSignature {
    static final int SECRET_LENGTH_MIN = 16;

    private final byte[] secret;

    public BankSignature(String secret) {
        if (secret == null || secret.length() < SECRET_LENGTH_MIN) {
            throw new IllegalArgumentException("the bank secret must have at least " + SECRET_LENGTH_MIN + " characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String timestamp, String nonce, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + nonce + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** False for a missing or malformed part and for any signature but the right one. */
    public boolean verify(String timestamp, String nonce, String body, String signature) {
        if (timestamp == null || nonce == null || body == null || signature == null || signature.length() != 64) {
            return false;
        }
        byte[] expected = sign(timestamp, nonce, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII));
    }
}
