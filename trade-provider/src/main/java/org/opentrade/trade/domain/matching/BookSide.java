package org.opentrade.trade.domain.matching;

import java.util.Collection;
import java.util.Comparator;
import java.util.TreeMap;

/**
 * One side of a book: price levels sorted best first (bids descending, asks ascending). A
 * TreeMap is simple and O(log levels); the best level is cached because matching asks for it
 * on every fill.
 */
final class BookSide {

    final Side side;
    private final TreeMap<Long, PriceLevel> levels;
    private PriceLevel best;

    BookSide(Side side) {
        this.side = side;
        Comparator<Long> bestFirst = side == Side.BUY ? Comparator.reverseOrder() : Comparator.naturalOrder();
        this.levels = new TreeMap<>(bestFirst);
    }

    /** The best level, or null when this side is empty. */
    PriceLevel best() {
        return best;
    }

    /** The best price, or 0 when this side is empty (0 is never a valid price). */
    long bestPrice() {
        return best == null ? 0 : best.price;
    }

    int levelCount() {
        return levels.size();
    }

    boolean hasLevel(long price) {
        return levels.containsKey(price);
    }

    /** Levels best first. */
    Collection<PriceLevel> levels() {
        return levels.values();
    }

    void add(Order order) {
        PriceLevel level = levels.get(order.price);
        if (level == null) {
            level = new PriceLevel(order.price);
            levels.put(order.price, level);
            if (best == null || isBetter(order.price, best.price)) {
                best = level;
            }
        }
        level.append(order);
    }

    void remove(Order order) {
        PriceLevel level = order.level;
        level.remove(order);
        if (level.isEmpty()) {
            levels.remove(level.price);
            if (level == best) {
                best = levels.isEmpty() ? null : levels.firstEntry().getValue();
            }
        }
    }

    private boolean isBetter(long price, long than) {
        return side == Side.BUY ? price > than : price < than;
    }
}
