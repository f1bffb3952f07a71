package org.opentrade.user.domain.apikey;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A new key's id and secret, both random. The id (144 bits, 24 base64url characters) is public: clients send it with
 * every request and it names the row. The secret is 256 random bits as 43 base64url characters; clients use those
 * characters (their ASCII bytes) as the HMAC-SHA256 key.
 */
public record GeneratedKey(String keyId, String secret) {
    public static final int KEY_ID_LENGTH = 24;
    static final int KEY_ID_BYTES = 18;
    static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static GeneratedKey random() {
        return new GeneratedKey(randomText(KEY_ID_BYTES), randomText(SECRET_BYTES));
    }

    /** Whether TEXT could be a key id at all; anything else is not looked up. */
    public static boolean plausibleKeyId(String text) {
        return text != null && text.length() == KEY_ID_LENGTH && text.chars().allMatch(GeneratedKey::base64Url);
    }

    @Override
    public String toString() {
        return "GeneratedKey[keyId=" + keyId + ", secret=***]";
    }

    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static boolean base64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
