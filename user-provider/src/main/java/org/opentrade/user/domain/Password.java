package org.opentrade.user.domain;

import java.nio.charset.StandardCharsets;

/**
 * A plain-text password on its way to the hasher. At least 8 characters; at most 72 bytes, because BCrypt ignores
 * anything after the 72nd byte and a longer password would silently be shorter than its owner thinks.
 */
public final class Password {
    public static final int LENGTH_MIN = 8;
    public static final int UTF8_BYTES_MAX = 72;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    public static Password of(String value) {
        if (value == null || value.length() < LENGTH_MIN) {
            throw new InvalidCredentialFormat("password must have at least " + LENGTH_MIN + " characters");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > UTF8_BYTES_MAX) {
            throw new InvalidCredentialFormat("password must be at most " + UTF8_BYTES_MAX + " bytes");
        }
        return new Password(value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
