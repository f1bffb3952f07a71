package org.opentrade.api.trade;

import java.io.Serializable;

/**
 * Candles of one symbol and interval, oldest first. The window is on the candles' open time: {@code fromEpochMs}
 * inclusive, {@code toEpochMs} exclusive, 0 meaning unbounded on that side. With a {@code fromEpochMs}, the first
 * {@code limit} candles from there; without one, the newest {@code limit} before {@code toEpochMs}.
 */
public record CandleQuery(String symbol, CandleInterval interval, long fromEpochMs, long toEpochMs, int limit)
        implements Serializable {
    public static final int LIMIT_MAX = 1000;
}
