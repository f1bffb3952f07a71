package org.opentrade.risk.domain.pretrade;

import java.math.BigInteger;

import org.opentrade.api.risk.OrderRiskCheck;

/**
 * An order as the shared counters see it: whose, on which symbol, worth how much (10^-8 quote units), and the limits
 * it is counted against.
 */
public record CountedOrder(long userId, String symbol, long notional, int ordersPerSecondMax, int ordersPerMinuteMax,
                           long dailyNotionalMax) {
    public CountedOrder {
        if (notional < 0) {
            throw new IllegalArgumentException("a notional is never negative: " + notional);
        }
    }

    /**
     * Only for an order that passed the stateless rules: its notional is then at most orderNotionalMax, so it fits a
     * long. A MARKET order without a protection price (0) counts no notional: it cannot fill.
     */
    public static CountedOrder of(OrderRiskCheck order, SymbolLimits limits) {
        BigInteger notional = order.price() <= 0 ? BigInteger.ZERO : Notional.of(order.price(), order.quantity());
        return new CountedOrder(order.userId(), order.symbol(), notional.max(BigInteger.ZERO).longValueExact(),
                limits.ordersPerSecondMax(), limits.ordersPerMinuteMax(), limits.dailyNotionalMax());
    }

    /** What the order may add to today's notional without passing the daily maximum; negative if it alone passes it. */
    public long dailyHeadroom() {
        return dailyNotionalMax - notional;
    }
}
