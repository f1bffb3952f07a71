package org.opentrade.fund.adapter.in.dubbo;

import java.util.List;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.fund.AccountBalance;
import org.opentrade.api.fund.FundService;
import org.opentrade.fund.application.Balances;

@DubboService
class FundServiceEndpoint implements FundService {
    private final Balances balances;

    FundServiceEndpoint(Balances balances) {
        this.balances = balances;
    }

    @Override
    public void openAccounts(long userId) {
        balances.open(userId);
    }

    @Override
    public List<AccountBalance> balances(long userId) {
        return balances.of(userId).stream()
                .map(account -> new AccountBalance(account.asset().name(), account.available(), account.frozen()))
                .toList();
    }
}
