package org.opentrade.trade.application.order;

import java.util.HashMap;
import java.util.Map;

/**
 * How many unfinished LIMIT GTC orders (the ones that can rest) some users have, per symbol, read once per batch: the
 * open-orders cap counts all symbols together, risk control's {@code openOrdersMax} one symbol.
 */
public final class OpenOrderCounts {
    private final Map<Long, Map<String, Integer>> byUser = new HashMap<>();

    public void add(long userId, String symbol, int unfinished) {
        byUser.computeIfAbsent(userId, u -> new HashMap<>()).merge(symbol, unfinished, Integer::sum);
    }

    public int total(long userId) {
        return byUser.getOrDefault(userId, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int onSymbol(long userId, String symbol) {
        return byUser.getOrDefault(userId, Map.of()).getOrDefault(symbol, 0);
    }
}
