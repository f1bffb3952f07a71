package org.opentrade.trade.domain.order;

import java.util.Objects;

/**
 * An order's state after a batch of engine commands, in absolute terms so that writing it twice (recovery
 * re-deriving outputs) changes nothing. {@code remainingQuantity} is untraded quantity (the whole order for
 * REJECTED); {@code releaseAmount} is the part of the hold to unfreeze, known once the order is final (for
 * REJECTED the whole reservation, which the store knows); {@code reason} says why a venue ended it, else null;
 * {@code amended} is non-null when an amend in the batch changed the order's price, quantity or hold.
 */
public record OrderUpdate(long orderId, long userId, OrderStatus status, long remainingQuantity, long releaseAmount,
                          String reason, OrderTerms amended) {

    public OrderUpdate {
        Objects.requireNonNull(status, "status");
        if (status == OrderStatus.PENDING) {
            throw new IllegalArgumentException("the engine never leaves an order PENDING");
        }
    }

    /** The state of an order no amend changed in the batch. */
    public OrderUpdate(long orderId, long userId, OrderStatus status, long remainingQuantity, long releaseAmount,
                       String reason) {
        this(orderId, userId, status, remainingQuantity, releaseAmount, reason, null);
    }

    OrderUpdate withTerms(OrderTerms terms) {
        return new OrderUpdate(orderId, userId, status, remainingQuantity, releaseAmount, reason, terms);
    }
}
