package org.opentrade.user.adapter.out.dubbo;

import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.FundService;
import org.opentrade.user.application.AccountOpening;
import org.springframework.stereotype.Component;

@Component
class FundAccountOpening implements AccountOpening {
    @DubboReference(check = false)
    private FundService funds;

    @Override
    public void openAccounts(long userId) {
        funds.openAccounts(userId);
    }
}
