package org.opentrade.facade.stream;

import java.util.Locale;
import java.util.Optional;

/** What a session can subscribe to. Only {@link #ORDERS} is private (the caller's own orders). */
enum Channel {
    DEPTH(true), TRADES(true), ORDERS(false);

    private final boolean perSymbol;

    Channel(boolean perSymbol) {
        this.perSymbol = perSymbol;
    }

    boolean perSymbol() {
        return perSymbol;
    }

    /** The name on the wire: "depth", "trades", "orders". */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
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
