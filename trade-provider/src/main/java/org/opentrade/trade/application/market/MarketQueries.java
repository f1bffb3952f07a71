package org.opentrade.trade.application.market;

import java.util.Comparator;
import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.CandleQuery;
import org.opentrade.api.trade.CandleView;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.FillView;
import org.opentrade.api.trade.PublicTradeView;
import org.opentrade.api.trade.TickerView;
import org.opentrade.trade.application.InstrumentCatalog;
import org.opentrade.trade.application.engine.MarketSnapshot;
import org.opentrade.trade.application.engine.SymbolEngine;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.api.page.PageLimits;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.trade.application.port.Candles;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.market.Candle;
import org.opentrade.trade.domain.market.Ticker;
import org.opentrade.trade.domain.matching.DepthLevel;
import org.springframework.stereotype.Service;

/**
 * Market data: depth from the engine's last published snapshot, trades and fills from the database, candles and
 * tickers from this process's {@link MarketCache} (the database only for candles older than it holds).
 */
@Service
public class MarketQueries {

    static final int TRADES_LIMIT_MAX = 500;

    private final SymbolEngines engines;
    private final TradeHistory history;
    private final InstrumentCatalog catalog;
    private final MarketCache cache;
    private final Candles candles;

    public MarketQueries(SymbolEngines engines, TradeHistory history, InstrumentCatalog catalog, MarketCache cache,
                         Candles candles) {
        this.catalog = catalog;
        this.engines = engines;
        this.history = history;
        this.cache = cache;
        this.candles = candles;
    }

    public DepthView depth(String symbol, int levelsMax) {
        MarketSnapshot snapshot = engineOf(symbol).snapshot();
        int levels = Math.max(1, Math.min(levelsMax, MarketSnapshot.DEPTH_LEVELS_MAX));
        return new DepthView(symbol, snapshot.sequence(), levels(snapshot.bids(), levels), levels(snapshot.asks(), levels));
    }

    public List<PublicTradeView> trades(String symbol, int limit) {
        listed(symbol);
        return history.recent(symbol, bounded(limit));
    }

    public List<FillView> fills(long userId, String symbolOrNull, int limit) {
        return history.fills(userId, symbolOrNull, bounded(limit));
    }

    /** With a from: the first candles from there; without: the newest before to. Oldest first either way. */
    public List<CandleView> candles(CandleQuery query) {
        String symbol = listed(query.symbol()).symbol();
        CandleInterval interval = query.interval();
        if (interval == null) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "interval is one of " + CandleInterval.WIRE_NAMES);
        }
        int limit = PageLimits.checked(query.limit(), CandleQuery.LIMIT_MAX);
        TimeWindow window = TimeWindow.of(query.fromEpochMs(), query.toEpochMs());
        List<Candle> found = window.fromMs() > 0
                ? cache.from(symbol, interval, window.fromMs(), window.toMs(), limit)
                        .orElseGet(() -> candles.from(symbol, interval, window.fromMs(), window.toMs(), limit))
                : cache.latest(symbol, interval, window.toMs(), limit)
                        .orElseGet(() -> candles.latest(symbol, interval, window.toMs(), limit));
        return found.stream().map(c -> new CandleView(symbol, c.interval(), c.openTimeMs(), c.open(), c.high(), c.low(),
                c.close(), c.volume(), c.quoteVolume(), c.tradeCount())).toList();
    }

    public TickerView ticker(String symbol) {
        return ticker(listed(symbol).symbol(), System.currentTimeMillis());
    }

    public List<TickerView> tickers() {
        long now = System.currentTimeMillis();
        return catalog.all().stream().map(Instrument::symbol).sorted(Comparator.naturalOrder())
                .map(symbol -> ticker(symbol, now)).toList();
    }

    private TickerView ticker(String symbol, long nowMs) {
        Ticker t = cache.ticker(symbol, nowMs);
        return new TickerView(symbol, t.last(), t.open(), t.high(), t.low(), t.volume(), t.quoteVolume(),
                t.tradeCount(), t.openTimeMs(), t.closeTimeMs(), t.lastTradeId());
    }

    private Instrument listed(String symbol) {
        return catalog.bySymbol(symbol)
                .orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_SYMBOL, "unknown symbol: " + symbol));
    }

    private SymbolEngine engineOf(String symbol) {
        return engines.bySymbol(symbol)
                .orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_SYMBOL, "unknown symbol: " + symbol));
    }

    private static List<DepthView.Level> levels(List<DepthLevel> side, int levelsMax) {
        return side.stream().limit(levelsMax).map(l -> new DepthView.Level(l.price(), l.quantity())).toList();
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, TRADES_LIMIT_MAX));
    }
}
