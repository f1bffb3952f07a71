package org.opentrade.trade.domain.matching;

import java.util.HashMap;
import java.util.Map;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.money.Scale;

/**
 * Validates the engine's internal state, exchange-core style; tests call it after every step.
 * Throws AssertionError naming the first broken rule (messages are built only on failure: this
 * runs hundreds of thousands of times).
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
        if (bid != 0 && ask != 0 && bid >= ask) {
            throw broken("crossed book at rest: bid " + bid + " >= ask " + ask);
        }
        if (seen.size() != book.orderCount()) {
            throw broken("index holds " + book.orderCount() + " orders, levels " + seen.size());
        }
        for (Map.Entry<Long, Order> entry : book.index().entrySet()) {
            if (seen.get(entry.getKey()) != entry.getValue()) {
                throw broken("index entry not in its level: " + entry.getKey());
            }
        }
    }

    private static void checkSide(Instrument instrument, BookSide side, Map<Long, Order> seen) {
        long previousPrice = 0;
        PriceLevel first = null;
        for (PriceLevel level : side.levels()) {
            first = first == null ? level : first;
            boolean ordered = previousPrice == 0
                    || (side.side == Side.BUY ? level.price < previousPrice : level.price > previousPrice);
            if (!ordered) {
                throw broken("levels out of order on " + side.side + " at " + level.price);
            }
            previousPrice = level.price;
            checkLevel(instrument, side.side, level, seen);
        }
        if (side.best() != first) {
            throw broken("cached best level is stale on " + side.side);
        }
    }

    private static void checkLevel(Instrument instrument, Side side, PriceLevel level, Map<Long, Order> seen) {
        if (level.head == null || !instrument.isOnTick(level.price)) {
            throw broken("empty or off-tick level at " + level.price);
        }
        long total = 0;
        int count = 0;
        Order previous = null;
        for (Order order = level.head; order != null; order = order.next) {
            if (order.prev != previous) {
                throw broken("broken back link at order " + order.orderId);
            }
            if (order.level != level || order.price != level.price || order.side != side) {
                throw broken("order " + order.orderId + " filed under the wrong level or side");
            }
            checkOrder(order);
            if (seen.put(order.orderId, order) != null) {
                throw broken("order " + order.orderId + " rests twice");
            }
            total += order.remaining;
            count++;
            previous = order;
        }
        if (level.tail != previous || level.totalQuantity != total || level.orderCount != count) {
            throw broken("level " + level.price + " tail, total " + level.totalQuantity + " or count " + level.orderCount
                    + " disagree with its orders (" + total + ", " + count + ")");
        }
    }

    private static void checkOrder(Order order) {
        if (order.remaining <= 0 || order.remaining > order.quantity) {
            throw broken("order " + order.orderId + " remaining out of range: " + order.remaining);
        }
        if (order.consumed < 0 || order.consumed > order.reserved) {
            throw broken("order " + order.orderId + " consumed beyond its hold");
        }
        if (order.feeCarryPpm < 0 || order.feeCarryPpm >= Scale.PPM_PER_WHOLE) {
            throw broken("order " + order.orderId + " fee carry out of range");
        }
        boolean sellHoldsUnfilledBase = order.reserved == order.quantity && order.consumed == order.quantity - order.remaining;
        if (order.side == Side.SELL && !sellHoldsUnfilledBase) {
            throw broken("sell order " + order.orderId + " holds other than its unfilled base");
        }
    }

    private static AssertionError broken(String message) {
        return new AssertionError("book invariant broken: " + message);
    }
}
