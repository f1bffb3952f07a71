package org.opentrade.facade.stream;

import org.opentrade.api.trade.CandleInterval;

/**
 * One channel, with its symbol for the public channels (null for {@link Channel#ORDERS}) and the candle interval for
 * {@link Channel#CANDLES} (null for every other channel).
 */
record Subscription(Channel channel, String symbol, CandleInterval interval) {

    Subscription(Channel channel, String symbol) {
        this(channel, symbol, null);
    }

    static Subscription depth(String symbol) {
        return new Subscription(Channel.DEPTH, symbol);
    }

    static Subscription depthUpdates(String symbol) {
        return new Subscription(Channel.DEPTH_UPDATES, symbol);
    }

    static Subscription trades(String symbol) {
        return new Subscription(Channel.TRADES, symbol);
    }

    static Subscription orders() {
        return new Subscription(Channel.ORDERS, null);
    }

    static Subscription candles(String symbol, CandleInterval interval) {
        return new Subscription(Channel.CANDLES, symbol, interval);
    }

    static Subscription ticker(String symbol) {
        return new Subscription(Channel.TICKER, symbol);
    }

    /** The prefix of the versions a session keeps for this subscription's frames (see {@link StreamSession}). */
    String versionPrefix() {
        return channel.wire() + "/" + symbol + "/" + (interval == null ? "" : interval.wire() + "/");
    }
}
