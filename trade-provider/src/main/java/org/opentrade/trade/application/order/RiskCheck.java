package org.opentrade.trade.application.order;

import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/** Pre-trade risk control (risk-provider). */
public interface RiskCheck {

    RiskDecision preCheck(OrderRiskCheck check);
}
