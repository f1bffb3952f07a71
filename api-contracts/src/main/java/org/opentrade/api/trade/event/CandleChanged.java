package org.opentrade.api.trade.event;

import java.io.Serializable;

/**
 * A candle after its builder folded more trades into it (see {@link org.opentrade.api.trade.CandleView}): the whole
 * candle, not a diff. {@code interval} is the wire name ("1m"). Within one candle (symbol, interval, openTime) a
 * higher {@code lastTradeId} is newer; a consumer drops one at or below what it has. Published for the current and
 * the previous candle of each interval only (older ones are history: read them over HTTP). Amounts in 10^-8 units.
 */
public record CandleChanged(String eventId, String symbol, String interval, long openTimeEpochMs, long open, long high,
                            long low, long close, long volume, long quoteVolume, long tradeCount, long lastTradeId,
                            long timeEpochMs) implements Serializable {
}
