package org.opentrade.user.application.port;

/** The user's accounts in the ledger (fund-provider). Every call is idempotent. */
public interface FundAccounts {
    /** Opens a new user's zero accounts. */
    void openAccounts(long userId);

    /** The ledger's last line behind a freeze: nothing is taken from the user's available balances. */
    void suspend(long userId);

    void reinstate(long userId);
}
