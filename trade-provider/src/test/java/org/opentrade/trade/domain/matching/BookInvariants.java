package org.opentrade.trade.domain.matching;

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
        int resting = 0;
        for (Side side : Side.values()) {
            resting += checkSide(engine.instrument(), book, side);
        }
        long bid = book.side(Side.BUY).bestPrice();
        long ask = book.side(Side.SELL).bestPrice();
        if (bid != 0 && ask != 0 && bid >= ask) {
            throw broken("crossed book at rest: bid " + bid + " >= ask " + ask);
        }
        // Every queued order is indexed under its id (checked per order) and the counts agree,
        // so index and levels hold the same orders; the links rule out one order queued twice.
        if (resting != book.orderCount()) {
            throw broken("index holds " + book.orderCount() + " orders, levels " + resting);
        }
    }

    /** Returns the number of orders queued on this side. */
    private static int checkSide(Instrument instrument, OrderBook book, Side sideName) {
        BookSide side = book.side(sideName);
        int orders = 0;
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
            orders += checkLevel(instrument, book, side.side, level);
        }
        if (side.best() != first) {
            throw broken("cached best level is stale on " + side.side);
        }
        return orders;
    }

    private static int checkLevel(Instrument instrument, OrderBook book, Side side, PriceLevel level) {
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
            checkOrder(instrument, order);
            if (book.find(order.orderId) != order) {
                throw broken("order " + order.orderId + " is queued but not indexed under its id");
            }
            total += order.remaining;
            count++;
            previous = order;
        }
        if (level.tail != previous || level.totalQuantity != total || level.orderCount != count) {
            throw broken("level " + level.price + " tail, total " + level.totalQuantity + " or count " + level.orderCount
                    + " disagree with its orders (" + total + ", " + count + ")");
        }
        return count;
    }

    private static void checkOrder(Instrument instrument, Order order) {
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
        // what amends rely on: the hold left always covers the most the untraded rest can still consume
        long stillNeeded = Reservation.forRemainder(instrument, order.side, order.price, order.remaining, order.feeCarryPpm);
        if (order.unconsumed() < stillNeeded) {
            throw broken("order " + order.orderId + " holds " + order.unconsumed() + ", less than the "
                    + stillNeeded + " its rest can still consume");
        }
    }

    private static AssertionError broken(String message) {
        return new AssertionError("book invariant broken: " + message);
    }
}
