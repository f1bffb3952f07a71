package org.opentrade.trade.application.engine;

import org.opentrade.trade.domain.matching.event.Trade;

/** A trade as stored: the engine's event, its symbol and the time its command was logged. */
public record TradeRecord(String symbol, Trade trade, long tradedAtMs) {

    /** The venue-wide id clients see, e.g. {@code BTC-USD-17}; also the settlement's idempotency reference. */
    public String tradeKey() {
        return key(symbol, trade.tradeId());
    }

    /** The venue-wide id of the symbol's trade {@code tradeId}. */
    public static String key(String symbol, long tradeId) {
        return symbol + "-" + tradeId;
    }
}
