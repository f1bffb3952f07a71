package org.opentrade.risk.domain.pretrade;

import org.opentrade.api.money.Decimal8;
import org.opentrade.api.risk.RiskDecision;

/**
 * The rules that count a user's orders on a symbol across every risk-provider instance, tried in this order. An order
 * counts (towards all three) only when it passes all three: a refused order does not use up its user's allowance.
 */
public enum CounterRule {
    ORDERS_PER_SECOND("ordersPerSecondMax", CounterWindow.SECOND),
    ORDERS_PER_MINUTE("ordersPerMinuteMax", CounterWindow.MINUTE),
    DAILY_NOTIONAL("dailyNotionalMax", CounterWindow.DAY);

    private final String ruleName;
    private final CounterWindow window;

    CounterRule(String ruleName, CounterWindow window) {
        this.ruleName = ruleName;
        this.window = window;
    }

    public String ruleName() {
        return ruleName;
    }

    public CounterWindow window() {
        return window;
    }

    /** {@code countedBefore}: the orders (or, for the daily notional, the amount) already counted in the window. */
    public RiskDecision refusal(CountedOrder order, long countedBefore) {
        return RiskDecision.reject(ruleName, switch (this) {
            case ORDERS_PER_SECOND -> (countedBefore + 1) + " orders in this second on " + order.symbol()
                    + ", the maximum is " + order.ordersPerSecondMax();
            case ORDERS_PER_MINUTE -> (countedBefore + 1) + " orders in this minute on " + order.symbol()
                    + ", the maximum is " + order.ordersPerMinuteMax();
            case DAILY_NOTIONAL -> "notional " + Decimal8.format(order.notional()) + " on top of "
                    + Decimal8.format(countedBefore) + " today (UTC) on " + order.symbol() + " passes the maximum "
                    + Decimal8.format(order.dailyNotionalMax());
        });
    }
}
