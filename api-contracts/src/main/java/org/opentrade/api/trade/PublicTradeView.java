package org.opentrade.api.trade;

import java.io.Serializable;

/** A trade on the public tape: no order or user ids. */
public record PublicTradeView(String tradeId, long price, long quantity, String takerSide, long timeEpochMs)
        implements Serializable {
}
