package org.opentrade.trade.application.engine;

import java.util.List;

import org.opentrade.trade.domain.matching.DepthLevel;

/**
 * What other threads may read of a book, published by the engine thread after each batch: depth, and the
 * protection prices a MARKET order would be bounded by (0 when the opposite side is empty), the last trade's price (0
 * until the engine, since it started, has traded) and the best prices (0 for an empty side). The state hash is
 * O(book), so it is computed at checkpoints only: {@code stateHash} is the book's hash at {@code hashedSeq}.
 */
public record MarketSnapshot(long sequence, long hashedSeq, long stateHash, int restingOrders, List<DepthLevel> bids,
                             List<DepthLevel> asks, long buyProtectionPrice, long sellProtectionPrice,
                             long lastTradePrice) {

    public static final int DEPTH_LEVELS_MAX = 100;

    public long bestBid() {
        return bids.isEmpty() ? 0 : bids.get(0).price();
    }

    public long bestAsk() {
        return asks.isEmpty() ? 0 : asks.get(0).price();
    }
}
