package org.opentrade.trade.domain.market;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentrade.api.trade.CandleInterval;

/**
 * What memory holds of one symbol's candles: a {@link CandleSeries} per interval, the candle of its last trade (the
 * last price) and the cursor its candles are built up to. Not thread-safe: its owner serializes access.
 */
public final class SymbolCandles {
    private final Map<CandleInterval, CandleSeries> series = new EnumMap<>(CandleInterval.class);
    private Candle last;
    private long cursor;
    private long version;
    private long tickerVersion = -1;
    private Ticker ticker;

    private SymbolCandles() {
    }

    /**
     * From what was read, in this order: the cursor, then per interval its newest {@code capacity} candles, then the
     * candle of the last trade (null if none). Candles read after the cursor may be newer than it, never older.
     */
    public static SymbolCandles loaded(long cursor, Map<CandleInterval, List<Candle>> newest, Candle lastOrNull,
                                       int capacity) {
        SymbolCandles symbol = new SymbolCandles();
        for (CandleInterval interval : CandleInterval.values()) {
            symbol.series.put(interval, CandleSeries.loaded(newest.getOrDefault(interval, List.of()), capacity));
        }
        symbol.cursor = cursor;
        symbol.noteLast(lastOrNull);
        return symbol;
    }

    /**
     * Takes the candles built from the trades after {@code builtFrom} up to {@code builtTo} (folded by this process,
     * or read back as every row changed after builtFrom), newer states only. The cursor moves to builtTo only when
     * nothing before builtFrom is missing: a fold by another builder in between is read back later.
     */
    public void merge(long builtFrom, long builtTo, List<Candle> candles) {
        for (Candle candle : candles) {
            if (series.get(candle.interval()).merge(candle)) {
                version++;
            }
            noteLast(candle);
        }
        if (builtFrom <= cursor) {
            cursor = Math.max(cursor, builtTo);
        }
    }

    private void noteLast(Candle candle) {
        if (candle != null && (last == null || candle.lastTradeId() > last.lastTradeId())) {
            last = candle;
            version++;
        }
    }

    /** The trade id the candles in memory are built up to, at least. */
    public long cursor() {
        return cursor;
    }

    public Optional<List<Candle>> from(CandleInterval interval, long fromMs, long toMs, int limit) {
        return series.get(interval).from(fromMs, toMs, limit);
    }

    public Optional<List<Candle>> latest(CandleInterval interval, long toMs, int limit) {
        return series.get(interval).latest(toMs, limit);
    }

    /** The 24-hour figures at {@code nowMs}, computed again only when a candle changed or the window moved. */
    public Ticker ticker(long nowMs) {
        long openTime = TickerWindow.openTimeMs(nowMs);
        if (ticker == null || tickerVersion != version || ticker.openTimeMs() != openTime) {
            ticker = TickerWindow.at(nowMs, series.get(CandleInterval.M1).since(openTime), last);
            tickerVersion = version;
        }
        return ticker.at(nowMs);
    }
}
