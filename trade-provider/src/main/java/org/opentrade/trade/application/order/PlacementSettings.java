package org.opentrade.trade.application.order;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code logDeadlineMs}: an order not in its engine's log this long after it arrived never enters it (its hold is
 * given back, the caller gets 503 SERVICE_UNAVAILABLE: not placed). {@code answerTimeoutMs} (longer) bounds how long
 * a place or cancel waits for its outcome; past it the answer is 503 ORDER_STATUS_UNKNOWN (the order may be in the
 * book: read it by clientOrderId). The facade's call timeout is longer still. {@code pendingAgeMs}: a PENDING order
 * this old that is not in the log is rejected and its hold voided by the sweeper. {@code openOrdersPerUserMax}: a user
 * with this many unfinished orders (all symbols) cannot place another one that could rest (LIMIT GTC); orders that
 * never rest (IOC, FOK, MARKET) are always taken, so a user at the cap can still trade out.
 */
@ConfigurationProperties("opentrade.trade.orders")
public record PlacementSettings(
        @DefaultValue("5000") long logDeadlineMs,
        @DefaultValue("10000") long answerTimeoutMs,
        @DefaultValue("30000") long pendingAgeMs,
        @DefaultValue("100") int sweepBatchMax,
        @DefaultValue("500") int listLimitMax,
        @DefaultValue("500") int openOrdersPerUserMax) {

    public PlacementSettings {
        if (logDeadlineMs >= answerTimeoutMs || answerTimeoutMs >= pendingAgeMs) {
            throw new IllegalArgumentException("need log-deadline-ms < answer-timeout-ms < pending-age-ms");
        }
        if (openOrdersPerUserMax < 1) {
            throw new IllegalArgumentException("open-orders-per-user-max must be at least 1");
        }
    }
}
