package org.opentrade.payment.application.withdrawal;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.opentrade.payment.application.port.OpenWithdrawals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prometheus payment_withdrawal_open_oldest_age_seconds: how long the oldest withdrawal not yet SUCCEEDED or FAILED has
 * been open (0 when none is). A withdrawal takes money out of the user's available balance at once, so one that stays
 * open is a user waiting for their money: the StuckWithdrawal alert watches this. Read at most once per
 * {@link #REFRESH_MS} whatever the scrape rate; NaN while the database does not answer (other alerts cover that).
 */
@Component
class OpenWithdrawalAge {
    static final long REFRESH_MS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(OpenWithdrawalAge.class);

    private final OpenWithdrawals withdrawals;
    private final Clock clock;
    private long readAtMs = Long.MIN_VALUE;
    private double ageMs = Double.NaN;

    OpenWithdrawalAge(OpenWithdrawals withdrawals, Clock clock, MeterRegistry meters) {
        this.withdrawals = withdrawals;
        this.clock = clock;
        TimeGauge.builder("payment.withdrawal.open.oldest.age", this, TimeUnit.MILLISECONDS, OpenWithdrawalAge::ageMs)
                .description("age of the oldest withdrawal not in a final state (0: none open)").register(meters);
    }

    synchronized double ageMs() {
        long now = clock.millis();
        if (readAtMs != Long.MIN_VALUE && now - readAtMs < REFRESH_MS) {
            return ageMs;
        }
        readAtMs = now;
        try {
            OptionalLong oldest = withdrawals.oldestCreatedAtEpochMs();
            ageMs = oldest.isPresent() ? Math.max(0, now - oldest.getAsLong()) : 0;
        } catch (RuntimeException e) {
            log.warn("the oldest open withdrawal could not be read: {}", e.toString());
            ageMs = Double.NaN;
        }
        return ageMs;
    }
}
