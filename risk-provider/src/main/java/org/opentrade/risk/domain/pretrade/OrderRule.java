package org.opentrade.risk.domain.pretrade;

import java.util.Optional;

import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/** A rule that judges one order by its own fields and its market's facts alone: no state, no I/O. */
interface OrderRule {

    /** The refusal, naming this rule and the figures, or empty when the order passes. */
    Optional<RiskDecision> refusal(OrderRiskCheck order, SymbolLimits limits);
}
