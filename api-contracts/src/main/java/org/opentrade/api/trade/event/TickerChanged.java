package org.opentrade.api.trade.event;

import java.io.Serializable;

/**
 * A symbol's 24-hour figures changed (see {@link org.opentrade.api.trade.TickerView}): a trade, or the window moved on
 * by a minute. The figures follow from ({@code lastTradeId}, {@code openTimeEpochMs}): a consumer keeps the one with the
 * higher lastTradeId, then the later openTime, and drops the rest. Amounts in 10^-8 units.
 */
public record TickerChanged(String eventId, String symbol, long last, long open, long high, long low, long volume,
                            long quoteVolume, long tradeCount, long openTimeEpochMs, long closeTimeEpochMs,
                            long lastTradeId, long timeEpochMs) implements Serializable {
}
