package org.opentrade.trade.domain.matching;

/**
 * A live order inside the engine: the taker while it matches, then possibly a resting maker.
 * Mutable and engine-private; the outside world sees events and {@link RestingOrder} snapshots.
 *
 * <p>Resting orders are linked into their price level (intrusive list), so removing one from the
 * middle of a queue by id costs no search.
 */
final class Order {

    final long orderId;
    final long userId;
    final Side side;
    /** Effective worst price: the limit, or a MARKET order's protection price; an amend may change it. */
    long price;
    /** Total quantity, traded part included; an amend may change it. */
    long quantity;
    /** The whole hold, what fills consumed included; an amend may change it. */
    long reserved;

    long remaining;
    long consumed;
    /** Fractional fee owed so far, in millionths of a quote unit (see FeeAccrual). */
    long feeCarryPpm;

    PriceLevel level;
    Order prev;
    Order next;

    Order(long orderId, long userId, Side side, long price, long quantity, long reserved) {
        this.orderId = orderId;
        this.userId = userId;
        this.side = side;
        this.price = price;
        this.quantity = quantity;
        this.reserved = reserved;
        this.remaining = quantity;
    }

    /** What is left of the hold; released when the order completes or is canceled. */
    long unconsumed() {
        return reserved - consumed;
    }

    /** Whether this order, as a taker, may trade against a maker priced at {@code makerPrice}. */
    boolean crosses(long makerPrice) {
        return side == Side.BUY ? makerPrice <= price : makerPrice >= price;
    }

    RestingOrder snapshot() {
        return new RestingOrder(orderId, userId, side, price, quantity, remaining, reserved, consumed, feeCarryPpm);
    }
}
