package org.opentrade.risk.domain.pretrade;

import java.math.BigInteger;
import java.util.Optional;

import org.opentrade.api.money.Decimal8;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/**
 * No single order worth more than the symbol's maximum notional. A MARKET order is valued at its protection price,
 * the worst price it can fill at; with none (price 0, the opposite side is empty) it cannot fill at all and the
 * engine refuses it NO_LIQUIDITY, so there is nothing to bound here.
 */
final class OrderNotionalMax implements OrderRule {
    static final String NAME = "orderNotionalMax";

    @Override
    public Optional<RiskDecision> refusal(OrderRiskCheck order, SymbolLimits limits) {
        if (order.price() == 0) {
            return Optional.empty();
        }
        BigInteger notional = Notional.of(order.price(), order.quantity());
        if (notional.compareTo(BigInteger.valueOf(limits.orderNotionalMax())) <= 0) {
            return Optional.empty();
        }
        return Optional.of(RiskDecision.reject(NAME, "notional " + Notional.format(notional) + " above the maximum "
                + Decimal8.format(limits.orderNotionalMax()) + " per order"));
    }
}
