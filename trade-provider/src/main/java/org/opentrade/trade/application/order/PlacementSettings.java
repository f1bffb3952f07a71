package org.opentrade.trade.application.order;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code answerTimeoutMs}: how long a place or cancel waits for the engine before answering 503 (the order then
 * completes anyway; a retry with the same clientOrderId returns it). {@code pendingAgeMs}: a PENDING order this
 * old is finished by the sweeper (it outlived any request that could still be working on it).
 */
@ConfigurationProperties("opentrade.trade.orders")
public record PlacementSettings(
        @DefaultValue("10000") long answerTimeoutMs,
        @DefaultValue("30000") long pendingAgeMs,
        @DefaultValue("100") int sweepBatchMax,
        @DefaultValue("500") int listLimitMax) {
}
