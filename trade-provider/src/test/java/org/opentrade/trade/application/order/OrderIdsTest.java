package org.opentrade.trade.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrderIdsTest {

    @Test
    void idsAreUniqueAndIncreasingEvenBeyondFourThousandInOneMillisecond() {
        Clock frozen = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
        OrderIds ids = new OrderIds(frozen, 5);
        Set<Long> seen = new HashSet<>();
        long previous = 0;
        for (int i = 0; i < 10_000; i++) {
            long id = ids.next();
            assertThat(id).isGreaterThan(previous);
            assertThat(seen.add(id)).isTrue();
            previous = id;
        }
    }

    @Test
    void twoWorkersNeverMintTheSameId() {
        Clock frozen = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
        OrderIds a = new OrderIds(frozen, 1);
        OrderIds b = new OrderIds(frozen, 2);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            assertThat(seen.add(a.next())).isTrue();
            assertThat(seen.add(b.next())).isTrue();
        }
    }

    @Test
    void aWorkerIdOutsideTenBitsIsRefused() {
        assertThatThrownBy(() -> new OrderIds(Clock.systemUTC(), 1024)).isInstanceOf(IllegalArgumentException.class);
    }
}
