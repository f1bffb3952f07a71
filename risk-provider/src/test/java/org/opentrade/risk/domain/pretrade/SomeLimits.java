package org.opentrade.risk.domain.pretrade;

import org.opentrade.api.money.Decimal8;

/**
 * Test data: limits of BTC-USD small enough to reach in a test: 10 per order, notional 500,000 per order, band 20%,
 * 5 orders a second, 20 a minute, 3 open orders, 1,000,000 a day, no reference price unless told.
 */
public final class SomeLimits {
    private String symbol = "BTC-USD";
    private long orderQuantityMax = Decimal8.parse("10");
    private long orderNotionalMax = Decimal8.parse("500000");
    private long priceBandPercent = Decimal8.parse("20");
    private int ordersPerSecondMax = 5;
    private int ordersPerMinuteMax = 20;
    private int openOrdersMax = 3;
    private long dailyNotionalMax = Decimal8.parse("1000000");
    private long referencePrice;

    public static SomeLimits btc() {
        return new SomeLimits();
    }

    public SomeLimits symbol(String symbol) {
        this.symbol = symbol;
        return this;
    }

    public SomeLimits orderQuantityMax(String max) {
        this.orderQuantityMax = Decimal8.parse(max);
        return this;
    }

    public SomeLimits orderNotionalMax(String max) {
        this.orderNotionalMax = Decimal8.parse(max);
        return this;
    }

    public SomeLimits priceBandPercent(String percent) {
        this.priceBandPercent = Decimal8.parse(percent);
        return this;
    }

    public SomeLimits ordersPerSecondMax(int max) {
        this.ordersPerSecondMax = max;
        return this;
    }

    public SomeLimits ordersPerMinuteMax(int max) {
        this.ordersPerMinuteMax = max;
        return this;
    }

    public SomeLimits openOrdersMax(int max) {
        this.openOrdersMax = max;
        return this;
    }

    public SomeLimits dailyNotionalMax(String max) {
        this.dailyNotionalMax = Decimal8.parse(max);
        return this;
    }

    public SomeLimits referencePrice(String price) {
        this.referencePrice = Decimal8.parse(price);
        return this;
    }

    public SymbolLimits build() {
        return new SymbolLimits(symbol, orderQuantityMax, orderNotionalMax, priceBandPercent, ordersPerSecondMax,
                ordersPerMinuteMax, openOrdersMax, dailyNotionalMax, referencePrice);
    }
}
