package org.opentrade.api.trade.event;

/**
 * Where trade-provider publishes (RocketMQ, JSON bodies of the records in this package, the tag is the record's
 * simple name). Published only after the state they describe committed; delivered at least once, so consumers
 * dedupe on {@code eventId} (or keep the highest {@code sequence} per order / symbol).
 */
public final class TradeTopics {
    /** {@link OrderUpdated}, key = orderId: a user's own order changed (private stream). */
    public static final String ORDER_EVENTS = "ORDER_EVENTS";
    /**
     * {@link TradeExecuted} and {@link BookChanged}, key = symbol: the public tape and book; also
     * {@link CandleChanged} and {@link TickerChanged}, key = symbol: the market data built from the tape.
     */
    public static final String TRADE_EVENTS = "TRADE_EVENTS";
    /** {@link PrivateTradeExecuted}, key = symbol: every trade with both users (risk monitoring only). */
    public static final String PRIVATE_TRADE_EVENTS = "PRIVATE_TRADE_EVENTS";

    private TradeTopics() {
    }
}
