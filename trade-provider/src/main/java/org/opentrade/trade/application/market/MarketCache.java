package org.opentrade.trade.application.market;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.opentrade.api.trade.CandleInterval;
import org.opentrade.trade.application.DueWork;
import org.opentrade.trade.application.port.Candles;
import org.opentrade.trade.domain.market.Candle;
import org.opentrade.trade.domain.market.SymbolCandles;
import org.opentrade.trade.domain.market.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The newest candles of each symbol asked about, in this process's memory, so that clients polling candles and
 * tickers never reach the database. Every instance keeps its own: a symbol is loaded from the primary when first
 * asked for, then every {@code cacheRefreshMs} the rows whose last trade id passed the symbol's cursor are read back
 * (one small query per instance and period, however many clients poll); the builder's process also takes each fold
 * as it commits. Rows only ever replace older states of themselves, so the order of all this does not matter.
 */
@Component
public class MarketCache implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(MarketCache.class);

    private final Candles candles;
    private final MarketDataSettings settings;
    private final Map<String, SymbolCandles> symbols = new ConcurrentHashMap<>();
    private final Object loading = new Object();
    private final DueWork refresh;

    public MarketCache(Candles candles, MarketDataSettings settings) {
        this.candles = candles;
        this.settings = settings;
        this.refresh = new DueWork("market-cache", this::refreshOnce, Integer.MAX_VALUE, settings.cacheRefreshMs());
    }

    public Optional<List<Candle>> from(String symbol, CandleInterval interval, long fromMs, long toMs, int limit) {
        return read(symbol, s -> s.from(interval, fromMs, toMs, limit));
    }

    public Optional<List<Candle>> latest(String symbol, CandleInterval interval, long toMs, int limit) {
        return read(symbol, s -> s.latest(interval, toMs, limit));
    }

    public Ticker ticker(String symbol, long nowMs) {
        return read(symbol, s -> s.ticker(nowMs));
    }

    /** A fold this process committed; a symbol not loaded yet reads it when it is. */
    public void apply(CandleFolding.Folded folded) {
        SymbolCandles held = symbols.get(folded.symbol());
        if (held != null) {
            synchronized (held) {
                held.merge(folded.fromCursor(), folded.toCursor(), folded.changed());
            }
        }
    }

    /** Reads back what changed since each loaded symbol's cursor; a symbol with too much to read is loaded again. */
    int refreshOnce() {
        if (symbols.isEmpty()) {
            return 0;
        }
        Map<String, Long> cursors = candles.cursors();
        symbols.forEach((symbol, held) -> {
            long stored = cursors.getOrDefault(symbol, 0L);
            long since;
            synchronized (held) {
                since = held.cursor();
            }
            if (stored <= since) {
                return;
            }
            List<Candle> changed = candles.changedAfter(symbol, since, settings.cacheChangedRowsMax());
            if (changed.size() >= settings.cacheChangedRowsMax()) {
                symbols.put(symbol, load(symbol));
                return;
            }
            synchronized (held) {
                held.merge(since, stored, changed);
            }
        });
        return 0;
    }

    private <T> T read(String symbol, Function<SymbolCandles, T> query) {
        SymbolCandles held = symbols.get(symbol);
        if (held == null) {
            synchronized (loading) {
                held = symbols.computeIfAbsent(symbol, this::load);
            }
        }
        synchronized (held) {
            return query.apply(held);
        }
    }

    /** The cursor first: candles read after it are at least as new, never older. */
    private SymbolCandles load(String symbol) {
        long cursor = candles.cursor(symbol);
        Map<CandleInterval, List<Candle>> newest = new EnumMap<>(CandleInterval.class);
        for (CandleInterval interval : CandleInterval.values()) {
            newest.put(interval, candles.newest(symbol, interval, settings.cacheCandlesMax()));
        }
        SymbolCandles loaded = SymbolCandles.loaded(cursor, newest, candles.ofLastTrade(symbol),
                settings.cacheCandlesMax());
        log.debug("candles of {} loaded up to trade {}", symbol, cursor);
        return loaded;
    }

    @Override
    public void destroy() {
        refresh.stop();
    }
}
