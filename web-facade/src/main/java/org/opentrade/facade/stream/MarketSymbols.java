package org.opentrade.facade.stream;

import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.InstrumentView;
import org.opentrade.api.trade.TradeService;

/**
 * The listed symbols, from TradeService, reused for {@code cacheMs}: a subscription to an unknown symbol is refused
 * without a remote call per frame. A symbol missing from the list reloads it early, at most once per
 * {@link #MISS_RELOAD_MS}, so an instrument listed a moment ago can be subscribed to at once. When the refresh fails,
 * the last known list still answers.
 */
final class MarketSymbols {
    static final long MISS_RELOAD_MS = 1_000;
    private final TradeService trading;
    private final long cacheMs;
    private final LongSupplier clockMs;
    private Set<String> symbols;
    private long loadedAtMs;

    MarketSymbols(TradeService trading, long cacheMs, LongSupplier clockMs) {
        this.trading = trading;
        this.cacheMs = cacheMs;
        this.clockMs = clockMs;
    }

    /** @throws BusinessException UNKNOWN_SYMBOL, or SERVICE_UNAVAILABLE when the list was never loaded */
    void require(String symbol) {
        if (!current(cacheMs).contains(symbol) && !current(MISS_RELOAD_MS).contains(symbol)) {
            throw new BusinessException(ErrorCode.UNKNOWN_SYMBOL, "Unknown symbol: " + symbol);
        }
    }

    private synchronized Set<String> current(long reuseMs) {
        long now = clockMs.getAsLong();
        if (symbols == null || now - loadedAtMs > reuseMs) {
            try {
                symbols = trading.instruments().stream().map(InstrumentView::symbol).collect(Collectors.toUnmodifiableSet());
                loadedAtMs = now;
            } catch (RuntimeException e) {
                if (symbols == null) {
                    throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE);
                }
            }
        }
        return symbols;
    }
}
