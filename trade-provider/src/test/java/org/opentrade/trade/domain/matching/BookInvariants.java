package org.opentrade.trade.domain.matching;

import java.util.HashMap;
import java.util.Map;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.money.Scale;

/**
 * Validates the engine's internal state, exchange-core style; tests call it after every step.
 * Throws AssertionError naming the first broken rule.
 */
public final class BookInvariants {

    private BookInvariants() {
    }

    public static void check(MatchingEngine engine) {
        OrderBook book = engine.book();
        Map<Long, Order> seen = new HashMap<>();
        for (Side side : Side.values()) {
            checkSide(engine.instrument(), book.side(side), seen);
        }
        long bid = book.side(Side.BUY).bestPrice();
        long ask = book.side(Side.SELL).bestPrice();
        require(bid == 0 || ask == 0 || bid < ask, "crossed book at rest: bid " + bid + " >= ask " + ask);
        require(seen.size() == book.orderCount(), "index holds " + book.orderCount() + " orders, levels " + seen.size());
        for (Map.Entry<Long, Order> entry : book.index().entrySet()) {
            require(seen.get(entry.getKey()) == entry.getValue(), "index entry not in its level: " + entry.getKey());
        }
    }

    private static void checkSide(Instrument instrument, BookSide side, Map<Long, Order> seen) {
        long previousPrice = 0;
        PriceLevel first = null;
        for (PriceLevel level : side.levels()) {
            first = first == null ? level : first;
            if (previousPrice != 0) {
                boolean ordered = side.side == Side.BUY ? level.price < previousPrice : level.price > previousPrice;
                require(ordered, "levels out of order on " + side.side + " at " + level.price);
            }
            previousPrice = level.price;
            checkLevel(instrument, side.side, level, seen);
        }
        require(side.best() == first, "cached best level is stale on " + side.side);
    }

    private static void checkLevel(Instrument instrument, Side side, PriceLevel level, Map<Long, Order> seen) {
        require(level.head != null, "empty level at " + level.price);
        require(instrument.isOnTick(level.price), "level price off tick: " + level.price);
        long total = 0;
        int count = 0;
        Order previous = null;
        for (Order order = level.head; order != null; order = order.next) {
            require(order.prev == previous, "broken back link at order " + order.orderId);
            require(order.level == level && order.price == level.price && order.side == side,
                    "order " + order.orderId + " filed under the wrong level or side");
            checkOrder(order);
            require(seen.put(order.orderId, order) == null, "order " + order.orderId + " rests twice");
            total += order.remaining;
            count++;
            previous = order;
        }
        require(level.tail == previous, "stale tail at " + level.price);
        require(level.totalQuantity == total, "level " + level.price + " total " + level.totalQuantity + " != " + total);
        require(level.orderCount == count, "level " + level.price + " count " + level.orderCount + " != " + count);
    }

    private static void checkOrder(Order order) {
        require(order.remaining > 0 && order.remaining <= order.quantity, "order " + order.orderId + " remaining out of range");
        require(order.consumed >= 0 && order.consumed <= order.reserved, "order " + order.orderId + " consumed beyond its hold");
        require(order.feeCarryPpm >= 0 && order.feeCarryPpm < Scale.PPM_PER_WHOLE, "order " + order.orderId + " fee carry");
        if (order.side == Side.SELL) {
            require(order.reserved == order.quantity && order.consumed == order.quantity - order.remaining,
                    "sell order " + order.orderId + " holds other than its unfilled base");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError("book invariant broken: " + message);
        }
    }
}
