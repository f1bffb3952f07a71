package org.opentrade.risk.domain;

import java.math.BigInteger;
import java.util.Map;

import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/**
 * The rules every order passes before funds are reserved. Pure and fast: the rule set is an immutable snapshot,
 * replaced whole when operators change it.
 */
public final class PreTradeCheck {
    static final BigInteger UNITS_PER_WHOLE = BigInteger.valueOf(100_000_000L);

    private final Map<String, OrderLimits> limitsBySymbol;

    public PreTradeCheck(Map<String, OrderLimits> limitsBySymbol) {
        this.limitsBySymbol = Map.copyOf(limitsBySymbol);
    }

    public RiskDecision check(OrderRiskCheck order) {
        OrderLimits limits = limitsBySymbol.get(order.symbol());
        if (limits == null) {
            return RiskDecision.reject("symbolNotConfigured", "no risk limits for " + order.symbol());
        }
        if (order.quantity() > limits.quantityMax()) {
            return RiskDecision.reject("orderQuantityMax", "quantity above the per-order maximum");
        }
        // price x quantity can exceed a long for hostile input; BigInteger keeps the comparison exact
        BigInteger notional = BigInteger.valueOf(order.price()).multiply(BigInteger.valueOf(order.quantity()))
                .divide(UNITS_PER_WHOLE);
        if (notional.compareTo(BigInteger.valueOf(limits.notionalMax())) > 0) {
            return RiskDecision.reject("orderNotionalMax", "notional above the per-order maximum");
        }
        return RiskDecision.accept();
    }
}
