package org.opentrade.trade.adapter.out.dubbo;

import java.util.List;

import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.rpc.RpcException;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.api.risk.RiskService;
import org.opentrade.trade.application.order.RiskCheck;
import org.springframework.stereotype.Component;

/** Pre-trade checks in risk-provider, one call per batch. Risk down means no new orders (503), never orders without checks. */
@Component
class RiskServiceClient implements RiskCheck {

    @DubboReference(check = false, timeout = 2000, retries = 0)
    private RiskService risk;

    @Override
    public List<RiskDecision> preCheckAll(List<OrderRiskCheck> checks) {
        try {
            List<RiskDecision> decisions = risk.preCheckAll(checks);
            if (decisions.size() != checks.size()) {
                throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "risk control answered " + decisions.size()
                        + " decisions for " + checks.size() + " orders");
            }
            return decisions;
        } catch (RpcException e) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "risk control is unavailable: " + e.getMessage());
        }
    }
}
