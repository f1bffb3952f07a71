package org.opentrade.api.trade.event;

import java.io.Serializable;

/**
 * A trade with both sides named (risk monitoring; never on the public tape): the same committed trade row as its
 * public {@link TradeExecuted}, published through the same state outbox. {@code takerSide} says which user bought.
 * Amounts in 10^-8 units; {@code notional} in the quote asset.
 */
public record PrivateTradeExecuted(String eventId, String tradeId, String symbol, long price, long quantity,
                                   long notional, String takerSide, long takerUserId, long takerOrderId,
                                   long makerUserId, long makerOrderId, long timeEpochMs) implements Serializable {

    public long buyerUserId() {
        return "BUY".equals(takerSide) ? takerUserId : makerUserId;
    }

    public long sellerUserId() {
        return "BUY".equals(takerSide) ? makerUserId : takerUserId;
    }

    /** The anonymous view of this trade, for the public tape. */
    public TradeExecuted toPublic() {
        return new TradeExecuted(eventId, tradeId, symbol, price, quantity, takerSide, timeEpochMs);
    }
}
