package org.opentrade.fund.domain;

import java.util.Collection;
import java.util.List;

import org.opentrade.api.money.Asset;

/** Where accounts are kept (sharded by user id). */
public interface Accounts {

    /** Creates the missing zero accounts; existing ones are left exactly as they are. */
    void openIfMissing(long userId, Collection<Asset> assets);

    /**
     * Marks every account of the user suspended or not (see {@code Posting.debitsUserAvailable}); accounts opened
     * later inherit the mark.
     */
    void setSuspended(long userId, boolean suspended);

    /** The user's accounts as the primary has them (sees the caller's own writes). */
    List<Account> ofUserFresh(long userId);
}
