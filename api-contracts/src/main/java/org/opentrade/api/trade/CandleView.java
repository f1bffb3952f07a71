package org.opentrade.api.trade;

import java.io.Serializable;

/**
 * The trades of one symbol traded in [openTime, openTime + interval): open and close are the prices of the first and
 * the last of them by trade id, volume the base quantity, quoteVolume the sum of their notionals; amounts in 10^-8
 * units. An interval without trades has no candle.
 */
public record CandleView(String symbol, CandleInterval interval, long openTimeEpochMs, long open, long high, long low,
                         long close, long volume, long quoteVolume, long tradeCount) implements Serializable {
}
