package org.opentrade.fund.domain.ledger;

import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.Account;

/** Both buckets of one account in one asset, in 10^-8 units. A system account's may be negative. */
public record Balance(long accountId, Asset asset, long available, long frozen) {

    /** The user-facing view; only for user accounts, whose buckets are never negative. */
    public Account toAccount() {
        AccountIds.requireUser(accountId);
        return new Account(accountId, asset, available, frozen);
    }
}
