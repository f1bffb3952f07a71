package org.opentrade.risk.adapter.in.dubbo;

import java.util.List;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.api.risk.RiskService;
import org.opentrade.risk.application.RiskRules;

@DubboService
class RiskServiceEndpoint implements RiskService {
    private final RiskRules rules;

    RiskServiceEndpoint(RiskRules rules) {
        this.rules = rules;
    }

    @Override
    public RiskDecision preCheck(OrderRiskCheck check) {
        return rules.current().check(check);
    }

    /** One rules document for the whole batch: the checks of one batch are judged by the same rules. */
    @Override
    public List<RiskDecision> preCheckAll(List<OrderRiskCheck> checks) {
        var current = rules.current();
        return checks.stream().map(current::check).toList();
    }
}
