package org.opentrade.payment.application.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.opentrade.payment.application.port.OpenWithdrawals;
import org.opentrade.platform.testing.MovableClock;

/** The age of the oldest open withdrawal, read from the database at most once per refresh period. */
class OpenWithdrawalAgeTest {
    static final long T0 = Instant.parse("2026-12-07T10:00:00Z").toEpochMilli();

    final MovableClock clock = new MovableClock(T0);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    OptionalLong oldest = OptionalLong.empty();
    RuntimeException failure;
    int reads;

    final OpenWithdrawals withdrawals = () -> {
        reads++;
        if (failure != null) {
            throw failure;
        }
        return oldest;
    };
    final OpenWithdrawalAge age = new OpenWithdrawalAge(withdrawals, clock, meters);

    @Test
    void noOpenWithdrawalIsAgeZero() {
        assertThat(seconds()).isZero();
    }

    @Test
    void theAgeIsThatOfTheOldestOpenWithdrawal() {
        oldest = OptionalLong.of(T0 - 600_000);
        assertThat(seconds()).isEqualTo(600.0);
    }

    @Test
    void theDatabaseIsReadAtMostOncePerRefreshPeriod() {
        oldest = OptionalLong.of(T0 - 60_000);
        seconds();
        seconds();
        clock.advance(Duration.ofMillis(OpenWithdrawalAge.REFRESH_MS - 1));
        assertThat(seconds()).isEqualTo(60.0);
        assertThat(reads).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(seconds()).isEqualTo(60.0 + OpenWithdrawalAge.REFRESH_MS / 1000.0);
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsNoAge() {
        failure = new IllegalStateException("connection refused");
        assertThat(seconds()).isNaN();
    }

    private double seconds() {
        return meters.get("payment.withdrawal.open.oldest.age").timeGauge().value(TimeUnit.SECONDS);
    }
}
