package org.opentrade.user.domain;

/**
 * Where a password attempt comes from, the unit that failures are counted against besides the username: the client's
 * address for a login, the session for a password change (only its token holder can try there). Unknown (an older
 * facade sends none) is one shared origin.
 */
public record AttemptOrigin(String value) {
    public static final int LENGTH_MAX = 64;
    public static final AttemptOrigin UNKNOWN = new AttemptOrigin("unknown");

    public AttemptOrigin {
        if (value == null || value.isBlank() || value.length() > LENGTH_MAX) {
            throw new IllegalArgumentException("an attempt origin is 1-" + LENGTH_MAX + " characters");
        }
    }

    /** A client address as the facade reported it; anything unusable is the shared unknown origin. */
    public static AttemptOrigin ofAddress(String addressOrNull) {
        if (addressOrNull == null || addressOrNull.isBlank() || addressOrNull.length() > LENGTH_MAX - 5) {
            return UNKNOWN;
        }
        return new AttemptOrigin("addr:" + addressOrNull);
    }

    public static AttemptOrigin ofSession(String sessionId) {
        return new AttemptOrigin("session:" + sessionId);
    }
}
