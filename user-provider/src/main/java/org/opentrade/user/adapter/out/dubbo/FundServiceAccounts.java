package org.opentrade.user.adapter.out.dubbo;

import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.FundService;
import org.opentrade.user.application.port.FundAccounts;
import org.springframework.stereotype.Component;

@Component
class FundServiceAccounts implements FundAccounts {
    @DubboReference(check = false)
    private FundService funds;

    @Override
    public void openAccounts(long userId) {
        funds.openAccounts(userId);
    }

    @Override
    public void suspend(long userId) {
        funds.suspendUser(userId);
    }

    @Override
    public void reinstate(long userId) {
        funds.reinstateUser(userId);
    }
}
