package org.opentrade.trade.domain.market;

import java.util.Collection;

import org.opentrade.api.trade.CandleInterval;

/**
 * The 24-hour figures from one-minute candles. The window at time {@code now} is the current UTC minute and the
 * 1,439 before it: trades at or after {@link #openTimeMs(long)}, so it spans between 23 h 59 min and 24 h. Whole
 * minutes, because the candles are: a ticker is then exactly an aggregation of the trades in the window, and it moves
 * once a minute, not once a millisecond.
 */
public final class TickerWindow {
    public static final int MINUTES = 1440;
    private static final long MINUTE_MS = CandleInterval.M1.millis();

    private TickerWindow() {
    }

    /** The first millisecond in the window at {@code nowMs}. */
    public static long openTimeMs(long nowMs) {
        return CandleInterval.M1.openTimeOf(nowMs) - (MINUTES - 1) * MINUTE_MS;
    }

    /**
     * @param oneMinute  the symbol's one-minute candles that opened at or after {@link #openTimeMs(long)}
     * @param lastOrNull the candle (of any interval) that holds the symbol's last trade by id, null if none: its
     *                   close is the last price
     */
    public static Ticker at(long nowMs, Collection<Candle> oneMinute, Candle lastOrNull) {
        long openTime = openTimeMs(nowMs);
        if (lastOrNull == null) {
            return new Ticker(0, 0, 0, 0, 0, 0, 0, openTime, nowMs, 0);
        }
        long last = lastOrNull.close();
        Candle first = null;
        long high = Long.MIN_VALUE;
        long low = Long.MAX_VALUE;
        long volume = 0;
        long quoteVolume = 0;
        long trades = 0;
        for (Candle c : oneMinute) {
            if (c.interval() != CandleInterval.M1 || c.openTimeMs() < openTime) {
                throw new IllegalArgumentException("not a one-minute candle of the window: " + c);
            }
            first = first == null || c.firstTradeId() < first.firstTradeId() ? c : first;
            high = Math.max(high, c.high());
            low = Math.min(low, c.low());
            volume = Math.addExact(volume, c.volume());
            quoteVolume = Math.addExact(quoteVolume, c.quoteVolume());
            trades += c.tradeCount();
        }
        if (first == null) {
            return new Ticker(last, last, last, last, 0, 0, 0, openTime, nowMs, lastOrNull.lastTradeId());
        }
        return new Ticker(last, first.open(), high, low, volume, quoteVolume, trades, openTime, nowMs,
                lastOrNull.lastTradeId());
    }
}
