package org.opentrade.trade.application.port;

import java.util.List;
import java.util.Map;

import org.opentrade.api.trade.CandleInterval;
import org.opentrade.trade.domain.market.Candle;
import org.opentrade.trade.domain.market.CandleFold;
import org.opentrade.trade.domain.market.MarketTrade;

/**
 * Stored candles, their cursors and the trades they are built from (sql/trade/V8). A symbol's trades, candles and
 * cursor live in one database; the fold's methods run inside one transaction of the caller.
 */
public interface Candles {

    /** The symbols whose newest stored trade is past their candles' cursor, with that newest trade id (primary). */
    Map<String, Long> behind();

    /** Every symbol's cursor (primary). */
    Map<String, Long> cursors();

    // --- one fold, inside the caller's transaction ---

    /** Creates the symbol's cursor at 0 if it has none, then locks it until the transaction ends; answers it. */
    long lockCursor(String symbol);

    /** Up to {@code limit} of the symbol's trades with ids above {@code afterTradeId}, by id (primary). */
    List<MarketTrade> tradesAfter(String symbol, long afterTradeId, int limit);

    /** The stored candles within these spans (primary). */
    List<Candle> within(String symbol, List<CandleFold.Span> spans);

    /** Writes these candles as they are now: new ones inserted, {@code existing} ones updated. */
    void save(String symbol, List<Candle> candles, Map<Candle.Key, Candle> existing);

    void moveCursor(String symbol, long tradeId);

    // --- reads for the caches (primary) and for older ranges (replica) ---

    /** The cursor of one symbol, 0 if it has none (primary). */
    long cursor(String symbol);

    /** The newest {@code limit} candles of an interval, any order (primary). */
    List<Candle> newest(String symbol, CandleInterval interval, int limit);

    /** The candle of the symbol's last trade (any interval), null if it has none (primary). */
    Candle ofLastTrade(String symbol);

    /** Up to {@code limit} candles (every interval) whose last trade id is above {@code afterTradeId} (primary). */
    List<Candle> changedAfter(String symbol, long afterTradeId, int limit);

    /** Oldest first: the first {@code limit} candles opened in [fromMs, toMs), toMs 0 unbounded (replica). */
    List<Candle> from(String symbol, CandleInterval interval, long fromMs, long toMs, int limit);

    /** Oldest first: the newest {@code limit} candles opened before toMs, 0 unbounded (replica). */
    List<Candle> latest(String symbol, CandleInterval interval, long toMs, int limit);
}
