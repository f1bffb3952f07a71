package org.opentrade.facade.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.api.trade.DepthView;

/**
 * What changed between two books of a symbol: per side, every price whose quantity differs, with its new quantity
 * (0: the level is gone, or fell below the top levels). Applying it to the older book gives exactly the newer one,
 * which is the whole contract of the depthUpdates channel.
 */
record DepthDiff(List<DepthView.Level> bids, List<DepthView.Level> asks) {
    private static final Comparator<DepthView.Level> BIDS = Comparator.comparingLong(DepthView.Level::price).reversed();
    private static final Comparator<DepthView.Level> ASKS = Comparator.comparingLong(DepthView.Level::price);

    static DepthDiff between(DepthBook from, DepthBook to) {
        return new DepthDiff(side(from.bids(), to.bids(), BIDS), side(from.asks(), to.asks(), ASKS));
    }

    boolean isEmpty() {
        return bids.isEmpty() && asks.isEmpty();
    }

    private static List<DepthView.Level> side(List<DepthView.Level> from, List<DepthView.Level> to,
                                              Comparator<DepthView.Level> bestFirst) {
        Map<Long, Long> before = quantities(from);
        Map<Long, Long> after = quantities(to);
        List<DepthView.Level> changed = new ArrayList<>();
        after.forEach((price, quantity) -> {
            if (!quantity.equals(before.get(price))) {
                changed.add(new DepthView.Level(price, quantity));
            }
        });
        before.keySet().stream().filter(price -> !after.containsKey(price))
                .forEach(price -> changed.add(new DepthView.Level(price, 0)));
        changed.sort(bestFirst);
        return List.copyOf(changed);
    }

    private static Map<Long, Long> quantities(List<DepthView.Level> levels) {
        Map<Long, Long> byPrice = new LinkedHashMap<>();
        levels.forEach(l -> byPrice.put(l.price(), l.quantity()));
        return byPrice;
    }
}
