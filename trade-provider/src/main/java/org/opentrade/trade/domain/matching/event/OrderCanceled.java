package org.opentrade.trade.domain.matching.event;

import java.util.Objects;

import org.opentrade.trade.domain.matching.CancelReason;

/**
 * The order left the book (or never rested) with {@code remainingQuantity} untraded;
 * {@code releasedAmount} of its hold is to be unfrozen.
 */
public record OrderCanceled(
        long orderId,
        long userId,
        long remainingQuantity,
        long releasedAmount,
        CancelReason reason) implements EngineEvent {

    public OrderCanceled {
        Objects.requireNonNull(reason, "reason");
    }
}
