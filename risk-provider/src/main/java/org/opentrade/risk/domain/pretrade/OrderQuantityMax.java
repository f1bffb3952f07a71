package org.opentrade.risk.domain.pretrade;

import java.util.Optional;

import org.opentrade.api.money.Decimal8;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/** No single order larger than the symbol's maximum quantity: a fat finger stops here, whatever its price. */
final class OrderQuantityMax implements OrderRule {
    static final String NAME = "orderQuantityMax";

    @Override
    public Optional<RiskDecision> refusal(OrderRiskCheck order, SymbolLimits limits) {
        if (order.quantity() <= limits.orderQuantityMax()) {
            return Optional.empty();
        }
        return Optional.of(RiskDecision.reject(NAME, "quantity " + Decimal8.format(order.quantity())
                + " above the maximum " + Decimal8.format(limits.orderQuantityMax()) + " per order"));
    }
}
