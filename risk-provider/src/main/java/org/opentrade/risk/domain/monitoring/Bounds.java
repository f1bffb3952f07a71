package org.opentrade.risk.domain.monitoring;

/** The checks the events and rules of this package make on what they are built from, with one wording. */
final class Bounds {
    /** A window or bucket longer than a day is a report, not monitoring; the bound also keeps ms sums far from overflow. */
    static final long WINDOW_MS_MAX = 86_400_000L;

    private Bounds() {
    }

    static void requireEventId(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("eventId is required");
        }
    }

    static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    static void requireWithin(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    static <T> T requireNonNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
