package org.opentrade.trade.domain.market;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.api.trade.CandleInterval;

/**
 * Folds a page of a symbol's trades into its candles of every interval. The page must be the trades right after the
 * cursor, in id order: each then comes after every trade already in a stored candle, so it extends that candle (it
 * becomes its close) or opens one. Folding page by page, from any cut, gives the candles that one aggregation of all
 * the trades gives.
 */
public final class CandleFold {

    /** Which stored candles a fold may touch: per interval, the open times from the page's first to its last. */
    public record Span(CandleInterval interval, long fromOpenTimeMs, long toOpenTimeMs) {
    }

    private CandleFold() {
    }

    /**
     * The leading trades of {@code page} (ordered by id) whose ids follow {@code cursor} without a gap. Trade ids are
     * dense per symbol, so a gap is a trade not committed yet: folding past it would leave it out for ever.
     */
    public static List<MarketTrade> contiguousAfter(long cursor, List<MarketTrade> page) {
        int n = 0;
        long expected = cursor + 1;
        while (n < page.size() && page.get(n).tradeId() == expected) {
            n++;
            expected++;
        }
        return page.subList(0, n);
    }

    /** Per interval, the open times the page's trades fall in (the rows to read before folding). */
    public static List<Span> spans(List<MarketTrade> trades) {
        Map<CandleInterval, long[]> bounds = new EnumMap<>(CandleInterval.class);
        for (MarketTrade trade : trades) {
            for (CandleInterval interval : CandleInterval.values()) {
                long open = interval.openTimeOf(trade.tradedAtMs());
                long[] b = bounds.computeIfAbsent(interval, i -> new long[] {open, open});
                b[0] = Math.min(b[0], open);
                b[1] = Math.max(b[1], open);
            }
        }
        List<Span> spans = new ArrayList<>(bounds.size());
        bounds.forEach((interval, b) -> spans.add(new Span(interval, b[0], b[1])));
        return spans;
    }

    /**
     * The candles {@code trades} change, as they are after them: {@code stored} are the existing candles (at least those
     * the trades fall in), {@code trades} follow every trade in them, in id order. Ordered by interval, then time.
     */
    public static List<Candle> fold(Map<Candle.Key, Candle> stored, List<MarketTrade> trades) {
        Map<Candle.Key, Candle> changed = new LinkedHashMap<>();
        for (CandleInterval interval : CandleInterval.values()) {
            for (MarketTrade trade : trades) {
                Candle.Key key = new Candle.Key(interval, interval.openTimeOf(trade.tradedAtMs()));
                Candle current = changed.containsKey(key) ? changed.get(key) : stored.get(key);
                changed.put(key, current == null ? Candle.first(interval, trade) : current.with(trade));
            }
        }
        List<Candle> result = new ArrayList<>(changed.values());
        result.sort((a, b) -> a.interval() != b.interval() ? a.interval().compareTo(b.interval())
                : Long.compare(a.openTimeMs(), b.openTimeMs()));
        return result;
    }
}
