package org.opentrade.facade.stream;

/** One channel, with its symbol for the public channels (null for {@link Channel#ORDERS}). */
record Subscription(Channel channel, String symbol) {

    static Subscription depth(String symbol) {
        return new Subscription(Channel.DEPTH, symbol);
    }

    static Subscription trades(String symbol) {
        return new Subscription(Channel.TRADES, symbol);
    }

    static Subscription orders() {
        return new Subscription(Channel.ORDERS, null);
    }
}
