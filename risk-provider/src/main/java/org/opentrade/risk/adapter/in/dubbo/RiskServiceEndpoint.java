package org.opentrade.risk.adapter.in.dubbo;

import java.util.List;
import java.util.Objects;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.risk.AlertPage;
import org.opentrade.api.risk.AlertQuery;
import org.opentrade.api.risk.AlertView;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.api.risk.RiskService;
import org.opentrade.risk.application.alert.AlertBook;
import org.opentrade.risk.application.pretrade.PreTradeChecks;

@DubboService
class RiskServiceEndpoint implements RiskService {
    private final PreTradeChecks preTrade;
    private final AlertBook alerts;

    RiskServiceEndpoint(PreTradeChecks preTrade, AlertBook alerts) {
        this.preTrade = preTrade;
        this.alerts = alerts;
    }

    /** A batch of one: the same rules and the same counters as an engine batch. */
    @Override
    public RiskDecision preCheck(OrderRiskCheck check) {
        if (check == null) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "no order to check");
        }
        return preTrade.checkAll(List.of(check)).get(0);
    }

    @Override
    public List<RiskDecision> preCheckAll(List<OrderRiskCheck> checks) {
        if (checks == null || checks.stream().anyMatch(Objects::isNull)) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "no order, or an empty place, in the batch");
        }
        return preTrade.checkAll(checks);
    }

    @Override
    public AlertPage alerts(AlertQuery query) {
        if (query == null) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "no query");
        }
        return alerts.page(query);
    }

    @Override
    public AlertView acknowledge(long alertId, String actor) {
        return alerts.acknowledge(alertId, actor);
    }
}
