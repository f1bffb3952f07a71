package org.opentrade.trade.domain.matching;

/** An immutable snapshot of an order resting in the book, for queries, recovery checks and tests. */
public record RestingOrder(
        long orderId,
        long userId,
        Side side,
        long price,
        long quantity,
        long remainingQuantity,
        long reservedAmount,
        long consumedAmount,
        long feeCarryPpm) {

    public long filledQuantity() {
        return quantity - remainingQuantity;
    }
}
