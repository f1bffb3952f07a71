package org.opentrade.risk.domain.pretrade;

import java.time.Instant;

/**
 * The fixed windows a user's orders on a symbol are counted in. Windows start at whole seconds, minutes and UTC days
 * since the epoch, so that every instance that counts (each by its own clock) agrees on where a window starts.
 */
public enum CounterWindow {
    SECOND(1_000L), MINUTE(60_000L), DAY(86_400_000L);

    /** A counter outlives its window by this much, so that a slightly slow clock still finds it; then Redis drops it. */
    static final long EXPIRY_SLACK_MS = 5_000L;

    private final long lengthMs;

    CounterWindow(long lengthMs) {
        this.lengthMs = lengthMs;
    }

    /** Which window of this kind NOW falls in: windows since the epoch (UTC days for DAY, as there are no leap seconds). */
    public long index(Instant now) {
        return Math.floorDiv(now.toEpochMilli(), lengthMs);
    }

    public long expiryMs() {
        return lengthMs + EXPIRY_SLACK_MS;
    }
}
