package org.opentrade.api.fund;

import java.util.List;

/** Accounts per (user, asset) and the double-entry journal behind them. */
public interface FundService {

    /** Opens a zero account for every asset the venue lists. Idempotent: accounts that exist are left alone. */
    void openAccounts(long userId);

    /**
     * The user's balances, read from the primary so a client sees its own writes at once. One entry per listed
     * asset, zero where no account exists yet.
     */
    List<AccountBalance> balances(long userId);
}
