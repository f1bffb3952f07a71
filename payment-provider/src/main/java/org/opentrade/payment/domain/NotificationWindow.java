package org.opentrade.payment.domain;

/**
 * How far a notification's timestamp may be from our clock, either way: older is a replay or a stale copy, newer
 * is a clock we cannot trust. Nonces are remembered for twice this long, so a replay inside the window is caught by
 * its nonce and one outside it by this check.
 */
public record NotificationWindow(long windowMs) {
    static final int NONCE_LENGTH_MAX = 64;

    public NotificationWindow {
        if (windowMs <= 0) {
            throw new IllegalArgumentException("windowMs must be positive");
        }
    }

    /** The timestamp as epoch ms when it is a decimal inside the window, else -1. */
    public long accepts(String timestamp, long nowEpochMs) {
        if (timestamp == null || timestamp.isEmpty() || timestamp.length() > 15 || !timestamp.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long at = Long.parseLong(timestamp);
        return Math.abs(nowEpochMs - at) <= windowMs ? at : -1;
    }

    public static boolean wellFormedNonce(String nonce) {
        return nonce != null && !nonce.isEmpty() && nonce.length() <= NONCE_LENGTH_MAX
                && nonce.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    public long nonceRetentionMs() {
        return 2 * windowMs;
    }
}
