package org.opentrade.api.risk;

import java.io.Serializable;

/** What risk control needs to know about an order. Price and quantity in 10^-8 units; price 0 for MARKET. */
public record OrderRiskCheck(long userId, String symbol, String side, String type, long price, long quantity)
        implements Serializable {
}
