package org.opentrade.trade.application.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.opentrade.api.trade.CandleInterval;
import org.opentrade.trade.application.port.Candles;
import org.opentrade.trade.domain.market.Candle;
import org.opentrade.trade.domain.market.CandleFold;
import org.opentrade.trade.domain.market.MarketTrade;

/**
 * One symbol's trades, candles and cursor in maps, with what the database gives the builder: a transaction that
 * commits whole or not at all ({@link #transaction}), and failures in the middle of one (a write refused, the process
 * gone) at a seeded rate. Trades become visible as the test commits them, in any id order.
 */
final class CandlesInMemory implements Candles {
    final String symbol;
    final TreeMap<Long, MarketTrade> trades = new TreeMap<>();
    Map<Candle.Key, Candle> candles = new HashMap<>();
    long cursor;
    boolean hasCursor;
    private final Random faults;
    double failRate;

    CandlesInMemory(String symbol, Random faults) {
        this.symbol = symbol;
        this.faults = faults;
    }

    void commit(MarketTrade trade) {
        trades.put(trade.tradeId(), trade);
    }

    /** Runs a fold as a transaction: what it wrote is undone when it fails. */
    <T> T transaction(java.util.function.Supplier<T> work) {
        Map<Candle.Key, Candle> candlesBefore = new HashMap<>(candles);
        long cursorBefore = cursor;
        boolean hadCursor = hasCursor;
        try {
            return work.get();
        } catch (RuntimeException e) {
            candles = candlesBefore;
            cursor = cursorBefore;
            hasCursor = hadCursor;
            throw e;
        }
    }

    private void maybeFail(String where) {
        if (faults.nextDouble() < failRate) {
            throw new IllegalStateException("injected failure in " + where);
        }
    }

    @Override
    public Map<String, Long> behind() {
        return trades.isEmpty() || trades.lastKey() <= cursor ? Map.of() : Map.of(symbol, trades.lastKey());
    }

    @Override
    public Map<String, Long> cursors() {
        return hasCursor ? Map.of(symbol, cursor) : Map.of();
    }

    @Override
    public long lockCursor(String s) {
        hasCursor = true;
        return cursor;
    }

    @Override
    public List<MarketTrade> tradesAfter(String s, long afterTradeId, int limit) {
        return trades.tailMap(afterTradeId, false).values().stream().limit(limit).toList();
    }

    @Override
    public List<Candle> within(String s, List<CandleFold.Span> spans) {
        maybeFail("within");
        return candles.values().stream().filter(c -> spans.stream().anyMatch(span -> span.interval() == c.interval()
                && c.openTimeMs() >= span.fromOpenTimeMs() && c.openTimeMs() <= span.toOpenTimeMs())).toList();
    }

    @Override
    public void save(String s, List<Candle> changed, Map<Candle.Key, Candle> existing) {
        for (Candle c : changed) {
            if (existing.containsKey(c.key()) != candles.containsKey(c.key())) {
                throw new AssertionError("the fold read a different set of stored candles than there are: " + c);
            }
            candles.put(c.key(), c);
            maybeFail("save");
        }
    }

    @Override
    public void moveCursor(String s, long tradeId) {
        maybeFail("moveCursor");
        cursor = tradeId;
    }

    @Override
    public long cursor(String s) {
        return cursor;
    }

    @Override
    public List<Candle> newest(String s, CandleInterval interval, int limit) {
        return of(interval).sorted(Comparator.comparingLong(Candle::openTimeMs).reversed()).limit(limit).toList();
    }

    @Override
    public Candle ofLastTrade(String s) {
        return candles.values().stream().max(Comparator.comparingLong(Candle::lastTradeId)).orElse(null);
    }

    @Override
    public List<Candle> changedAfter(String s, long afterTradeId, int limit) {
        return candles.values().stream().filter(c -> c.lastTradeId() > afterTradeId)
                .sorted(Comparator.comparingLong(Candle::lastTradeId)).limit(limit).toList();
    }

    @Override
    public List<Candle> from(String s, CandleInterval interval, long fromMs, long toMs, int limit) {
        return of(interval).filter(c -> c.openTimeMs() >= fromMs && (toMs == 0 || c.openTimeMs() < toMs))
                .sorted(Comparator.comparingLong(Candle::openTimeMs)).limit(limit).toList();
    }

    @Override
    public List<Candle> latest(String s, CandleInterval interval, long toMs, int limit) {
        List<Candle> newest = new ArrayList<>(of(interval).filter(c -> toMs == 0 || c.openTimeMs() < toMs)
                .sorted(Comparator.comparingLong(Candle::openTimeMs).reversed()).limit(limit).toList());
        newest.sort(Comparator.comparingLong(Candle::openTimeMs));
        return newest;
    }

    private java.util.stream.Stream<Candle> of(CandleInterval interval) {
        return candles.values().stream().filter(c -> c.interval() == interval);
    }
}
