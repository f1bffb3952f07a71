package org.opentrade.risk.domain.pretrade;

import java.util.Optional;

import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/** A user's unfinished orders on a symbol, this one included, stay within the maximum: books and memory are bounded. */
final class OpenOrdersMax implements OrderRule {
    static final String NAME = "openOrdersMax";

    @Override
    public Optional<RiskDecision> refusal(OrderRiskCheck order, SymbolLimits limits) {
        long withThisOne = (long) order.openOrders() + 1;
        if (withThisOne <= limits.openOrdersMax()) {
            return Optional.empty();
        }
        return Optional.of(RiskDecision.reject(NAME, order.openOrders() + " open orders on " + order.symbol()
                + " already, the maximum is " + limits.openOrdersMax()));
    }
}
