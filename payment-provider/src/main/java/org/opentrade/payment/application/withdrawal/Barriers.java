package org.opentrade.payment.application.withdrawal;

import java.util.Optional;

/** The TCC fence of the payment-side branch, written in the same local transaction as the branch's change. */
public interface Barriers {

    enum State { TRIED, CONFIRMED, CANCELED }

    /** Records the branch's first state; false when the branch has a row already. */
    boolean insert(String branchKey, String xid, State state);

    /** The branch's state under a row lock. */
    Optional<State> lockState(String branchKey);

    void update(String branchKey, State state);
}
