package org.opentrade.risk.domain.pretrade;

import org.opentrade.api.money.Decimal8;
import org.opentrade.api.risk.OrderRiskCheck;

/** Test data: an order of user 7 on BTC-USD, a LIMIT BUY of 1 at 30000 in an untraded, empty market unless told. */
public final class AnOrder {
    private long userId = 7;
    private String symbol = "BTC-USD";
    private String side = "BUY";
    private String type = "LIMIT";
    private long price = Decimal8.parse("30000");
    private long quantity = Decimal8.ONE;
    private long lastTradePrice;
    private long bestBid;
    private long bestAsk;
    private int openOrders;

    public static AnOrder limitBuy() {
        return new AnOrder();
    }

    public static AnOrder limitSell() {
        return new AnOrder().side("SELL");
    }

    /** A MARKET order at its protection price ("0" when the opposite side is empty). */
    public static AnOrder marketBuy(String protectionPrice) {
        return new AnOrder().type("MARKET").price(protectionPrice);
    }

    public AnOrder user(long userId) {
        this.userId = userId;
        return this;
    }

    public AnOrder symbol(String symbol) {
        this.symbol = symbol;
        return this;
    }

    public AnOrder side(String side) {
        this.side = side;
        return this;
    }

    public AnOrder type(String type) {
        this.type = type;
        return this;
    }

    public AnOrder price(String price) {
        this.price = Decimal8.parse(price);
        return this;
    }

    public AnOrder priceUnits(long price) {
        this.price = price;
        return this;
    }

    public AnOrder quantity(String quantity) {
        this.quantity = Decimal8.parse(quantity);
        return this;
    }

    public AnOrder quantityUnits(long quantity) {
        this.quantity = quantity;
        return this;
    }

    public AnOrder lastTrade(String price) {
        this.lastTradePrice = Decimal8.parse(price);
        return this;
    }

    public AnOrder book(String bestBid, String bestAsk) {
        this.bestBid = Decimal8.parse(bestBid);
        this.bestAsk = Decimal8.parse(bestAsk);
        return this;
    }

    public AnOrder openOrders(int openOrders) {
        this.openOrders = openOrders;
        return this;
    }

    public OrderRiskCheck build() {
        return new OrderRiskCheck(userId, symbol, side, type, price, quantity, lastTradePrice, bestBid, bestAsk,
                openOrders);
    }
}
