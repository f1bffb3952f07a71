package org.opentrade.trade.domain.market;

import org.opentrade.api.trade.CandleInterval;

/**
 * The trades of one symbol traded in [openTimeMs, openTimeMs + interval), folded in trade id order: open is the
 * price of the first of them ({@code firstTradeId}), close of the last ({@code lastTradeId}), whatever their times
 * say. Amounts in 10^-8 units, sums exact ({@code Math.addExact}).
 */
public record Candle(CandleInterval interval, long openTimeMs, long open, long high, long low, long close, long volume,
                     long quoteVolume, long tradeCount, long firstTradeId, long lastTradeId) {

    /** Which candle: the interval and its open time. */
    public record Key(CandleInterval interval, long openTimeMs) {
    }

    /** The candle that {@code trade} opens. */
    public static Candle first(CandleInterval interval, MarketTrade trade) {
        return new Candle(interval, interval.openTimeOf(trade.tradedAtMs()), trade.price(), trade.price(),
                trade.price(), trade.price(), trade.quantity(), trade.notional(), 1, trade.tradeId(), trade.tradeId());
    }

    /** This candle with a later trade (by id) of its interval folded in: the trade's price closes it. */
    public Candle with(MarketTrade trade) {
        if (trade.tradeId() <= lastTradeId) {
            throw new IllegalArgumentException("trade " + trade.tradeId() + " is not after " + lastTradeId);
        }
        if (interval.openTimeOf(trade.tradedAtMs()) != openTimeMs) {
            throw new IllegalArgumentException("trade at " + trade.tradedAtMs() + " is not in the candle at " + openTimeMs);
        }
        return new Candle(interval, openTimeMs, open, Math.max(high, trade.price()), Math.min(low, trade.price()),
                trade.price(), Math.addExact(volume, trade.quantity()), Math.addExact(quoteVolume, trade.notional()),
                tradeCount + 1, firstTradeId, trade.tradeId());
    }

    public Key key() {
        return new Key(interval, openTimeMs);
    }

    /** The end of the candle's span, exclusive. */
    public long closeTimeMs() {
        return openTimeMs + interval.millis();
    }
}
