package org.opentrade.api.trade;

import java.io.Serializable;

/**
 * A client's order as received: enums as their names (validated by trade-provider, so an unknown value is a 400
 * with a code, never a deserialization failure), price and quantity in 10^-8 units. {@code price} is 0 for a
 * MARKET order. {@code clientOrderId} makes placing idempotent per user.
 */
public record PlaceOrderCommand(long userId, String symbol, String side, String type, String timeInForce,
                                long price, long quantity, boolean postOnly, String clientOrderId)
        implements Serializable {
}
