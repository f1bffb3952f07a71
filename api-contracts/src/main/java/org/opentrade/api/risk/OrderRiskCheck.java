package org.opentrade.api.risk;

import java.io.Serializable;

/**
 * What risk control needs to know about an order, and the facts of its market the pre-trade rules judge it by, as the
 * order's engine saw them when its batch was reserved. Amounts in 10^-8 units.
 *
 * @param price          the LIMIT price, or a MARKET order's protection price (0 when the opposite side is empty)
 * @param lastTradePrice the symbol's last trade price, 0 when it has not traded since its engine started
 * @param bestBid        the best bid, 0 when there is none
 * @param bestAsk        the best ask, 0 when there is none
 * @param openOrders     the user's unfinished orders on this symbol, not counting this one
 */
public record OrderRiskCheck(long userId, String symbol, String side, String type, long price, long quantity,
                             long lastTradePrice, long bestBid, long bestAsk, int openOrders) implements Serializable {
}
