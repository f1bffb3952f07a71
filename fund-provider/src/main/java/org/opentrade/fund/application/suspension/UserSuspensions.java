package org.opentrade.fund.application.suspension;

import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.Accounts;
import org.springframework.stereotype.Service;

/**
 * Suspending a frozen user's accounts: the last line behind the facade's refusal of the user's requests. While
 * suspended, no hold, withdrawal or transfer out can take from the user's available balances, whoever calls
 * (the rule is in the balance update itself, see {@code Posting.debitsUserAvailable}). Both calls are idempotent.
 */
@Service
public class UserSuspensions {
    private final Accounts accounts;

    public UserSuspensions(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Opens the missing accounts first, so that every listed asset carries the mark. */
    public void suspend(long userId) {
        accounts.openIfMissing(userId, Asset.ALL);
        accounts.setSuspended(userId, true);
    }

    public void reinstate(long userId) {
        accounts.setSuspended(userId, false);
    }
}
