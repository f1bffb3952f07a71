package org.opentrade.api.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CandleIntervalTest {

    static long ms(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void everyIntervalStartsOnItsUtcBoundary() {
        long t = ms("2026-03-14T15:59:26.535Z");
        assertThat(CandleInterval.M1.openTimeOf(t)).isEqualTo(ms("2026-03-14T15:59:00Z"));
        assertThat(CandleInterval.M5.openTimeOf(t)).isEqualTo(ms("2026-03-14T15:55:00Z"));
        assertThat(CandleInterval.M15.openTimeOf(t)).isEqualTo(ms("2026-03-14T15:45:00Z"));
        assertThat(CandleInterval.H1.openTimeOf(t)).isEqualTo(ms("2026-03-14T15:00:00Z"));
        assertThat(CandleInterval.H4.openTimeOf(t)).isEqualTo(ms("2026-03-14T12:00:00Z"));
        assertThat(CandleInterval.D1.openTimeOf(t)).isEqualTo(ms("2026-03-14T00:00:00Z"));
    }

    @Test
    void aBoundaryBelongsToTheCandleItOpensAndTheMillisecondBeforeToThePreviousOne() {
        long midnight = ms("2026-03-15T00:00:00Z");
        for (CandleInterval interval : CandleInterval.values()) {
            assertThat(interval.openTimeOf(midnight)).as(interval.wire()).isEqualTo(midnight);
            assertThat(interval.openTimeOf(midnight - 1)).as(interval.wire()).isEqualTo(midnight - interval.millis());
        }
        assertThat(CandleInterval.H4.openTimeOf(ms("2026-03-14T23:59:59.999Z"))).isEqualTo(ms("2026-03-14T20:00:00Z"));
    }

    @Test
    void wireNamesRoundTripAndNothingElseIsAnInterval() {
        for (CandleInterval interval : CandleInterval.values()) {
            assertThat(CandleInterval.ofWire(interval.wire())).contains(interval);
            assertThat(CandleInterval.WIRE_NAMES.split("\\|")).contains(interval.wire());
        }
        assertThat(CandleInterval.ofWire("2m")).isEmpty();
        assertThat(CandleInterval.ofWire("1M")).isEmpty();
        assertThat(CandleInterval.ofWire(null)).isEmpty();
    }
}
