package org.opentrade.risk.domain.monitoring;

/**
 * A user's traded notional on a symbol in the bucket of {@code bucketMs} now filling, against the average of the
 * {@code historyBuckets} before it (a bucket without trades is 0): at least {@code factor} times that average and at
 * least {@code notionalMin} (10^-8 quote units), so that a quiet user's first modest trades stay unremarkable.
 */
public record VolumeSpikeRule(boolean enabled, long bucketMs, int historyBuckets, int factor, long notionalMin,
                              Severity severity) {
    public static final String NAME = "volumeSpike";
    /** A day of minutes: the history is kept per user and symbol, so its length is memory. */
    public static final int HISTORY_BUCKETS_MAX = 1_440;
    public static final VolumeSpikeRule DEFAULT =
            new VolumeSpikeRule(true, 60_000, 30, 20, 1_000_000L * 100_000_000L, Severity.WARNING);

    public VolumeSpikeRule {
        Bounds.requireWithin("bucketMs", bucketMs, 1, Bounds.WINDOW_MS_MAX);
        Bounds.requireWithin("historyBuckets", historyBuckets, 1, HISTORY_BUCKETS_MAX);
        Bounds.requirePositive("factor", factor);
        Bounds.requirePositive("notionalMin", notionalMin);
        Bounds.requireNonNull("severity", severity);
    }
}
