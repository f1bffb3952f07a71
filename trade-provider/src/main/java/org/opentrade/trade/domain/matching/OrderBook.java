package org.opentrade.trade.domain.matching;

import java.util.HashMap;
import java.util.Map;

/** The resting orders of one symbol: two sides plus an index by order id for cancels. */
final class OrderBook {

    private final BookSide bids = new BookSide(Side.BUY);
    private final BookSide asks = new BookSide(Side.SELL);
    private final Map<Long, Order> ordersById = new HashMap<>();

    BookSide side(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    Order find(long orderId) {
        return ordersById.get(orderId);
    }

    boolean contains(long orderId) {
        return ordersById.containsKey(orderId);
    }

    int orderCount() {
        return ordersById.size();
    }

    void rest(Order order) {
        side(order.side).add(order);
        ordersById.put(order.orderId, order);
    }

    void remove(Order order) {
        side(order.side).remove(order);
        ordersById.remove(order.orderId);
    }

    /**
     * Whether a taker could fill {@code quantity} right now within its price without meeting one
     * of its own orders (self-trade prevention would stop it there). Reads only; FOK uses it so
     * that a kill touches nothing.
     */
    boolean canFill(Order taker, long quantity) {
        long needed = quantity;
        for (PriceLevel level : side(taker.side.opposite()).levels()) {
            if (!taker.crosses(level.price)) {
                return false;
            }
            for (Order maker = level.head; maker != null; maker = maker.next) {
                if (maker.userId == taker.userId) {
                    return false;
                }
                needed -= maker.remaining;
                if (needed <= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
