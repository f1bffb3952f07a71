package org.opentrade.risk.domain.monitoring;

/**
 * A trade between two users (the same user on both sides is a self-trade). Amounts in 10^-8 units;
 * {@code notional} in the quote asset.
 */
public record TradeSeen(String eventId, String symbol, String tradeId, long price, long quantity, long notional,
                        long buyerUserId, long sellerUserId, long timeMs) implements MonitoredEvent {
    public TradeSeen {
        Bounds.requireEventId(eventId);
        Bounds.requireNonNull("symbol", symbol);
        Bounds.requirePositive("price", price);
        Bounds.requirePositive("quantity", quantity);
        // a tiny trade can round its notional down to 0 units; a negative one would corrupt every sum
        if (notional < 0) {
            throw new IllegalArgumentException("notional must not be negative, was " + notional);
        }
    }

    boolean isSelfTrade() {
        return buyerUserId == sellerUserId;
    }
}
