package org.opentrade.api.trade.event;

import java.io.Serializable;

/** A trade on the public tape (no user or order ids). tradeId is unique venue-wide, e.g. "BTC-USD-17". */
public record TradeExecuted(String eventId, String tradeId, String symbol, long price, long quantity, String takerSide,
                            long timeEpochMs) implements Serializable {
}
