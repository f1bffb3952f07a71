package org.opentrade.trade.domain.matching;

import java.util.List;
import java.util.Objects;

/**
 * Everything that decides an engine's future output, at one position of its log: the counters and every resting
 * order with its accounting, bids then asks, each side in priority order. {@link MatchingEngine#restore} rebuilds
 * an engine whose state hash equals {@code stateHash}, so recovery can start here instead of at the log's start.
 */
public record EngineSnapshot(long lastSequence, long lastTradeId, long stateHash, List<RestingOrder> orders) {

    public EngineSnapshot {
        Objects.requireNonNull(orders, "orders");
        orders = List.copyOf(orders);
    }
}
