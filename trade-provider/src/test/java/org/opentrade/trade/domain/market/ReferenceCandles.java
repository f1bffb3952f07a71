package org.opentrade.trade.domain.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opentrade.api.trade.CandleInterval;

/**
 * Candles the obvious way, for comparison: all the trades at once, grouped by interval and open time, each group
 * sorted by trade id; open the first's price, close the last's, sums and extremes over the group. Shares no code
 * with {@link CandleFold}.
 */
public final class ReferenceCandles {
    private ReferenceCandles() {
    }

    public static Map<Candle.Key, Candle> of(List<MarketTrade> trades) {
        Map<Candle.Key, Candle> candles = new HashMap<>();
        for (CandleInterval interval : CandleInterval.values()) {
            Map<Long, List<MarketTrade>> groups = trades.stream().collect(Collectors.groupingBy(
                    t -> Math.floorDiv(t.tradedAtMs(), interval.millis()) * interval.millis()));
            groups.forEach((open, group) -> {
                List<MarketTrade> sorted = new ArrayList<>(group);
                sorted.sort(Comparator.comparingLong(MarketTrade::tradeId));
                MarketTrade first = sorted.get(0);
                MarketTrade last = sorted.get(sorted.size() - 1);
                candles.put(new Candle.Key(interval, open), new Candle(interval, open, first.price(),
                        sorted.stream().mapToLong(MarketTrade::price).max().orElseThrow(),
                        sorted.stream().mapToLong(MarketTrade::price).min().orElseThrow(), last.price(),
                        sorted.stream().mapToLong(MarketTrade::quantity).sum(),
                        sorted.stream().mapToLong(MarketTrade::notional).sum(), sorted.size(), first.tradeId(),
                        last.tradeId()));
            });
        }
        return candles;
    }
}
