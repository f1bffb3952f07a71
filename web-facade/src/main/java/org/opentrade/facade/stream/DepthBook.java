package org.opentrade.facade.stream;

import java.util.List;

import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.event.BookChanged;

/**
 * The top of a symbol's book after the engine command {@code sequence}, as a depthUpdates client holds it: at most
 * {@code levelsMax} levels per side, best first. Immutable, so sessions that hold the same book share one instance.
 */
record DepthBook(String symbol, long sequence, List<DepthView.Level> bids, List<DepthView.Level> asks) {

    static DepthBook of(DepthView depth, int levelsMax) {
        return new DepthBook(depth.symbol(), depth.sequence(), top(depth.bids(), levelsMax), top(depth.asks(), levelsMax));
    }

    static DepthBook of(BookChanged book, int levelsMax) {
        return new DepthBook(book.symbol(), book.sequence(), top(book.bids(), levelsMax), top(book.asks(), levelsMax));
    }

    private static List<DepthView.Level> top(List<DepthView.Level> levels, int levelsMax) {
        return levels == null ? List.of() : List.copyOf(levels.subList(0, Math.min(levels.size(), levelsMax)));
    }
}
