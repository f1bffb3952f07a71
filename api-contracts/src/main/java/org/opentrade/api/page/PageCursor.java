package org.opentrade.api.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/**
 * The opaque form of every page cursor of the API: a versioned text ("o1:...", "f1:...", "l1:...") in unpadded
 * base64url, so clients pass it back untouched (it is URL-safe) and the fields inside can change with the version.
 * Each list names its own version, so a cursor of one list is refused by another. Anything that does not decode is
 * the client's mistake: VALIDATION_FAILED, never a 500.
 */
public final class PageCursor {
    /**
     * Longer than any cursor we issue (the longest, a payment's, is its version, a 19-digit time and a 40-character
     * id: 84 characters), so a bound for input too.
     */
    public static final int LENGTH_MAX = 96;

    private PageCursor() {
    }

    public static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The fields of a cursor of {@code version} ("o1"), split on ':', exactly {@code fields} of them. */
    public static String[] decode(String cursor, String version, int fields) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > LENGTH_MAX) {
            throw invalid();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = text.split(":", -1);
        if (parts.length != fields + 1 || !parts[0].equals(version)) {
            throw invalid();
        }
        String[] values = new String[fields];
        System.arraycopy(parts, 1, values, 0, fields);
        return values;
    }

    /** A non-negative long written in plain digits (no sign, at most 19 digits). */
    public static long number(String digits) {
        if (!digits.matches("[0-9]{1,19}")) {
            throw invalid();
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** A text field that must match {@code pattern} (a symbol, a payment id). */
    public static String text(String value, String pattern) {
        if (!value.matches(pattern)) {
            throw invalid();
        }
        return value;
    }

    public static BusinessException invalid() {
        return new BusinessException(ErrorCode.VALIDATION_FAILED,
                "cursor is not one this API issued: pass the previous page's X-Next-Cursor unchanged");
    }
}
