package org.opentrade.facade.stream;

import java.util.Optional;

/** What a session can subscribe to. Only {@link #ORDERS} is private (the caller's own orders). */
enum Channel {
    DEPTH("depth", true),
    /** The top of the book as a snapshot, then only the levels that changed, each update chained to the last. */
    DEPTH_UPDATES("depthUpdates", true),
    TRADES("trades", true),
    ORDERS("orders", false),
    /** One symbol's candles of one interval (the subscription names it). */
    CANDLES("candles", true),
    TICKER("ticker", true);

    /** For messages: every channel's name. */
    static final String NAMES = "depth, depthUpdates, trades, orders, candles, ticker";

    private final String wire;
    private final boolean perSymbol;

    Channel(String wire, boolean perSymbol) {
        this.wire = wire;
        this.perSymbol = perSymbol;
    }

    boolean perSymbol() {
        return perSymbol;
    }

    /** The name on the wire: "depth", "depthUpdates", "trades", "orders", "candles", "ticker". */
    String wire() {
        return wire;
    }

    static Optional<Channel> ofWire(String name) {
        for (Channel channel : values()) {
            if (channel.wire().equals(name)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
