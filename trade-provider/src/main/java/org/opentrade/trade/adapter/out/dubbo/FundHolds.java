package org.opentrade.trade.adapter.out.dubbo;

import java.util.List;

import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.trade.application.order.Holds;
import org.springframework.stereotype.Component;

/**
 * Order holds and fill settlement through fund-provider, one call per batch; each hold under its own reference
 * ("order-{id}" for an order's, "order-{id}-amend-{amendId}" for an amend's). An RPC failure propagates: the outcome of that batch is unknown and the caller repeats or voids it.
 */
@Component
class FundHolds implements Holds {

    @DubboReference(check = false, timeout = 5000, retries = 0)
    private FundService funds;

    @Override
    public List<MovementResult> freezeAll(List<Hold> holds) {
        return funds.freezeAll(movements(holds));
    }

    @Override
    public List<MovementResult> voidAll(List<Hold> holds) {
        return funds.voidHolds(movements(holds));
    }

    @Override
    public List<MovementResult> releaseAll(List<Hold> releases) {
        return funds.unfreezeAll(movements(releases));
    }

    @Override
    public List<MovementResult> settleAll(List<FillSettlement> fills) {
        return funds.settleAll(fills);
    }

    private static List<LedgerMovement> movements(List<Hold> holds) {
        return holds.stream()
                .map(h -> new LedgerMovement(h.userId(), h.asset(), h.amount(), h.reference()))
                .toList();
    }
}
