package org.opentrade.trade.application.order;

import java.util.List;

import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/** Pre-trade risk control (risk-provider), one call per batch; decisions in the order of the checks. */
public interface RiskCheck {

    /** Throws BusinessException SERVICE_UNAVAILABLE when risk control cannot be asked: no order passes unchecked. */
    List<RiskDecision> preCheckAll(List<OrderRiskCheck> checks);
}
