package org.opentrade.fund.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.Account;
import org.opentrade.fund.domain.Accounts;
import org.springframework.stereotype.Service;

/** Opening accounts and reading balances. */
@Service
public class Balances {
    private final Accounts accounts;

    public Balances(Accounts accounts) {
        this.accounts = accounts;
    }

    public void open(long userId) {
        accounts.openIfMissing(userId, Asset.ALL);
    }

    /** One account per listed asset, in listing order; zero for assets the user has no account in yet. */
    public List<Account> of(long userId) {
        Map<Asset, Account> existing = accounts.ofUserFresh(userId).stream()
                .collect(Collectors.toMap(Account::asset, Function.identity()));
        return Asset.ALL.stream().map(asset -> existing.getOrDefault(asset, Account.empty(userId, asset))).toList();
    }
}
