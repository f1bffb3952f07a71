package org.opentrade.platform.outbox;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

/**
 * How far the relay is behind, measured from what each pass read anyway (no query of its own): Prometheus
 * opentrade_outbox_lag_seconds is how long the oldest event a pass found due had been waiting when the pass ended,
 * 0 once a pass sent all it found and found less than a batch. Only the instance holding the relay's lease measures;
 * the others (and one that lost the lease) answer NaN once their last measurement is older than
 * {@link #STALE_AFTER_MS}, which no alert compares as high. opentrade_outbox_parked_total counts events parked as
 * FAILED (left for an operator).
 */
final class OutboxLag {
    static final long STALE_AFTER_MS = 120_000;

    private final LongSupplier clockMs;
    private final Counter parked;
    private volatile long lagMs;
    private volatile long measuredAtMs = Long.MIN_VALUE;

    OutboxLag(MeterRegistry registry, LongSupplier clockMs) {
        this.clockMs = clockMs;
        TimeGauge.builder("opentrade.outbox.lag", this, TimeUnit.MILLISECONDS, OutboxLag::lagMs)
                .description("wait of the oldest event due at the relay's last pass (NaN: not relaying here)")
                .register(registry);
        this.parked = Counter.builder("opentrade.outbox.parked").description("outbox events parked as FAILED")
                .register(registry);
    }

    /** A pass read DUE (oldest first, at most batchSizeMax) and sent SENT of them. */
    void passed(List<OutboxRelay.Row> due, int sent, int batchSizeMax) {
        long now = clockMs.getAsLong();
        boolean caughtUp = due.isEmpty() || (sent == due.size() && due.size() < batchSizeMax);
        lagMs = caughtUp ? 0 : Math.max(0, now - due.get(0).createdAtEpochMs());
        measuredAtMs = now;
    }

    void parked() {
        parked.increment();
    }

    double lagMs() {
        long measured = measuredAtMs;
        if (measured == Long.MIN_VALUE || clockMs.getAsLong() - measured > STALE_AFTER_MS) {
            return Double.NaN;
        }
        return lagMs;
    }
}
