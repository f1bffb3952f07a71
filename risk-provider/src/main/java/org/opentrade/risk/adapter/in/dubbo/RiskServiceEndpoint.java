package org.opentrade.risk.adapter.in.dubbo;

import java.util.List;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.risk.AlertPage;
import org.opentrade.api.risk.AlertQuery;
import org.opentrade.api.risk.AlertView;
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

    /** Until alerts are stored (the lead's persistence), asking for them is a dependency that is not there: 503. */
    @Override
    public AlertPage alerts(AlertQuery query) {
        throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "risk alerts are not stored yet");
    }

    @Override
    public AlertView acknowledge(long alertId, String actor) {
        throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "risk alerts are not stored yet");
    }
}
