package org.opentrade.trade.domain.matching;

import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.PlaceOrder;

/**
 * Test-data builder: {@code anOrder().id(1).user(7).buy().limit("100.00").quantity("1").build()}.
 * Defaults to a LIMIT GTC BUY of 1 at 100.00 by user 1.
 */
public final class OrderBuilder {

    private long orderId = 1;
    private long userId = 1;
    private Side side = Side.BUY;
    private OrderType type = OrderType.LIMIT;
    private TimeInForce timeInForce = TimeInForce.GTC;
    private boolean postOnly;
    private long price = Units.of("100.00");
    private long quantity = Units.of("1");

    public static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    public static CancelOrder cancel(long orderId, long userId) {
        return new CancelOrder(orderId, userId);
    }

    public OrderBuilder id(long value) {
        orderId = value;
        return this;
    }

    public OrderBuilder user(long value) {
        userId = value;
        return this;
    }

    public OrderBuilder buy() {
        side = Side.BUY;
        return this;
    }

    public OrderBuilder sell() {
        side = Side.SELL;
        return this;
    }

    public OrderBuilder side(Side value) {
        side = value;
        return this;
    }

    /** A LIMIT order at a decimal price. */
    public OrderBuilder limit(String decimalPrice) {
        type = OrderType.LIMIT;
        price = Units.of(decimalPrice);
        return this;
    }

    /** A MARKET IOC order without a price cap of its own. */
    public OrderBuilder market() {
        type = OrderType.MARKET;
        timeInForce = TimeInForce.IOC;
        price = 0;
        return this;
    }

    /** A MARKET order's cap: the protection price the service reserved at. */
    public OrderBuilder cap(String decimalPrice) {
        price = Units.of(decimalPrice);
        return this;
    }

    public OrderBuilder type(OrderType value) {
        type = value;
        return this;
    }

    public OrderBuilder rawPrice(long value) {
        price = value;
        return this;
    }

    public OrderBuilder quantity(String decimalQuantity) {
        quantity = Units.of(decimalQuantity);
        return this;
    }

    public OrderBuilder rawQuantity(long value) {
        quantity = value;
        return this;
    }

    public OrderBuilder gtc() {
        timeInForce = TimeInForce.GTC;
        return this;
    }

    public OrderBuilder ioc() {
        timeInForce = TimeInForce.IOC;
        return this;
    }

    public OrderBuilder fok() {
        timeInForce = TimeInForce.FOK;
        return this;
    }

    public OrderBuilder postOnly() {
        postOnly = true;
        return this;
    }

    public PlaceOrder build() {
        return new PlaceOrder(orderId, userId, side, type, timeInForce, postOnly, price, quantity);
    }
}
