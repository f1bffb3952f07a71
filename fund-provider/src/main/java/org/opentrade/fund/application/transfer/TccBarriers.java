package org.opentrade.fund.application.transfer;

import java.util.Optional;

/**
 * The TCC fence of one branch, stored on the shard of the user the branch touches and written in the same local
 * transaction as the branch's postings.
 */
public interface TccBarriers {

    enum State { TRIED, CONFIRMED, CANCELED }

    /** Records the branch's first state; false when the branch has a row already. */
    boolean insert(String branchKey, long userId, String xid, State state);

    /** The branch's state, read with a row lock so try, confirm and cancel of one branch serialize. */
    Optional<State> lockState(String branchKey, long userId);

    void update(String branchKey, long userId, State state);
}
