package org.opentrade.trade.application.market;

import org.opentrade.trade.domain.market.TickerWindow;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Candles and tickers (docs/adr/0016-market-data.md). The builder (job {@value CandleBuilder#JOB}, one instance at a
 * time) runs every {@code buildPeriodMs} and folds at most {@code foldTradesMax} trades per transaction;
 * {@code buildLockAtMostForMs} is how late another instance takes over from a builder that died. Every instance keeps
 * the newest {@code cacheCandlesMax} candles per symbol and interval in memory (at least a day of minutes, for the
 * ticker) and reads what changed every {@code cacheRefreshMs}; more than {@code cacheChangedRowsMax} changed rows
 * reload the symbol instead. At most {@code unsentEventsMax} candle and ticker events wait for a broker that is down.
 */
@ConfigurationProperties("opentrade.trade.market")
public record MarketDataSettings(
        @DefaultValue("500") long buildPeriodMs,
        @DefaultValue("10000") long buildLockAtMostForMs,
        @DefaultValue("1000") int foldTradesMax,
        @DefaultValue("500") long cacheRefreshMs,
        @DefaultValue("1500") int cacheCandlesMax,
        @DefaultValue("2000") int cacheChangedRowsMax,
        @DefaultValue("10000") int unsentEventsMax) {

    public MarketDataSettings {
        if (cacheCandlesMax < TickerWindow.MINUTES) {
            throw new IllegalArgumentException("cache-candles-max must hold the ticker's " + TickerWindow.MINUTES
                    + " minutes");
        }
        if (buildPeriodMs < 1 || buildLockAtMostForMs <= buildPeriodMs || foldTradesMax < 1 || cacheRefreshMs < 1
                || cacheChangedRowsMax < 1 || unsentEventsMax < 1) {
            throw new IllegalArgumentException("market data bounds must be positive, and the lease longer than the period");
        }
    }
}
