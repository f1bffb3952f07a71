package org.opentrade.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The lag is the wait of the oldest event a pass left behind, 0 when caught up, NaN where nobody relays. */
class OutboxLagTest {
    static final int BATCH = 3;

    final AtomicLong nowMs = new AtomicLong(1_000_000);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final OutboxLag lag = new OutboxLag(meters, nowMs::get);

    @Test
    void anInstanceThatNeverRelayedReportsNoLag() {
        assertThat(seconds()).isNaN();
    }

    @Test
    void aPassThatSentAllItFoundIsCaughtUp() {
        lag.passed(List.of(row(1, 990_000), row(2, 995_000)), 2, BATCH);
        assertThat(seconds()).isZero();

        lag.passed(List.of(), 0, BATCH);
        assertThat(seconds()).isZero();
    }

    @Test
    void aFullBatchOrAFailedSendReportsTheWaitOfTheOldestEventFound() {
        lag.passed(List.of(row(1, 990_000), row(2, 995_000), row(3, 999_000)), 3, BATCH);
        assertThat(seconds()).isEqualTo(10.0);

        lag.passed(List.of(row(1, 970_000)), 0, BATCH);
        assertThat(seconds()).isEqualTo(30.0);
    }

    @Test
    void aMeasurementOlderThanTheStalenessBoundIsNoLongerReported() {
        lag.passed(List.of(row(1, 970_000)), 0, BATCH);
        nowMs.addAndGet(OutboxLag.STALE_AFTER_MS + 1);

        assertThat(seconds()).isNaN();
    }

    @Test
    void parkedEventsAreCounted() {
        lag.parked();
        assertThat(meters.get("opentrade.outbox.parked").counter().count()).isEqualTo(1);
    }

    private double seconds() {
        return meters.get("opentrade.outbox.lag").timeGauge().value(TimeUnit.SECONDS);
    }

    private static OutboxRelay.Row row(long id, long createdAtEpochMs) {
        return new OutboxRelay.Row(id, "e" + id, 0, "TOPIC", "k" + id, "Type", "{}", 0, createdAtEpochMs);
    }
}
