package org.opentrade.user.domain;

import java.util.regex.Pattern;

/**
 * 3 to 32 characters of letters, digits, '.', '_' or '-', starting with a letter or digit. Usernames are unique as
 * written (case-sensitive), which the database enforces with a binary collation.
 */
public record Username(String value) {
    public static final int LENGTH_MIN = 3;
    public static final int LENGTH_MAX = 32;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,31}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidCredentialFormat("username must be " + LENGTH_MIN + "-" + LENGTH_MAX
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }
}
