package org.opentrade.trade.domain.market;

/**
 * A symbol's rolling 24 hours (see {@link TickerWindow}). {@code lastTradeId} 0: never traded, every price 0.
 * Amounts in 10^-8 units.
 */
public record Ticker(long last, long open, long high, long low, long volume, long quoteVolume, long tradeCount,
                     long openTimeMs, long closeTimeMs, long lastTradeId) {

    /** The same figures, computed again at {@code closeTimeMs} (the window did not move, no trade came). */
    Ticker at(long closeTimeMs) {
        return new Ticker(last, open, high, low, volume, quoteVolume, tradeCount, openTimeMs, closeTimeMs, lastTradeId);
    }
}
