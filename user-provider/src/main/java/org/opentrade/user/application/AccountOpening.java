package org.opentrade.user.application;

/** Opens a new user's accounts in the ledger (fund-provider). */
public interface AccountOpening {
    void openAccounts(long userId);
}
