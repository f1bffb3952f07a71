package org.opentrade.trade.adapter.out.dubbo;

import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.trade.application.order.Holds;
import org.opentrade.trade.application.order.OrderRecord;
import org.springframework.stereotype.Component;

/** Order holds and fill settlement through fund-provider; one reference ("order-{id}") per order's hold. */
@Component
class FundHolds implements Holds {

    @DubboReference(check = false, timeout = 5000, retries = 0)
    private FundService funds;

    @Override
    public void freeze(long userId, String asset, long amount, long orderId) {
        funds.freeze(new LedgerMovement(userId, asset, amount, OrderRecord.holdReference(orderId)));
    }

    @Override
    public void release(long userId, String asset, long amount, long orderId) {
        funds.unfreeze(new LedgerMovement(userId, asset, amount, OrderRecord.holdReference(orderId)));
    }

    @Override
    public void settle(FillSettlement fill) {
        funds.settle(fill);
    }
}
