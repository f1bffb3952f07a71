package org.opentrade.api.trade;

import java.io.Serializable;

/**
 * A symbol's last 24 hours, from its one-minute candles: the trades of the current UTC minute and of the 1,439 minutes
 * before it, that is traded at or after {@code openTimeEpochMs} (the start of the minute 23 h 59 min before the
 * current one) and up to {@code closeTimeEpochMs} (when it was computed). {@code open} is the price of the first of
 * them by trade id, {@code high}/{@code low} their extremes, {@code volume} and {@code quoteVolume} their base
 * quantity and notional. {@code last} is the price of the symbol's last trade, {@code lastTradeId} its number (0:
 * the symbol never traded, and every price is 0). When no trade fell in the window, open, high and low equal last
 * and the volumes are 0. Amounts in 10^-8 units.
 */
public record TickerView(String symbol, long last, long open, long high, long low, long volume, long quoteVolume,
                         long tradeCount, long openTimeEpochMs, long closeTimeEpochMs, long lastTradeId)
        implements Serializable {
}
