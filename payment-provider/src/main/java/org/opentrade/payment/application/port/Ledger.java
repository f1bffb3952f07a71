package org.opentrade.payment.application.port;

import java.util.Map;
import java.util.Set;

import org.opentrade.payment.domain.Payment;

/**
 * The ledger (fund-provider), for payments: every movement is idempotent on the payment id, so calling again after
 * a failure or a crash cannot move money twice.
 */
public interface Ledger {
    /** A confirmed deposit reaches the user's available balance. */
    void credit(Payment deposit);

    /**
     * Inside the withdrawal's global transaction: takes the amount from the user's available balance as a TCC
     * branch of fund-provider (a rollback of the global transaction gives it back). INSUFFICIENT_FUNDS otherwise.
     */
    void holdForWithdrawal(Payment withdrawal);

    /** A failed withdrawal's money goes back to the user. */
    void refund(Payment withdrawal);

    /**
     * Per payment id, the net of the user's postings whose reference names it (deposit, withdrawal, refund). Reads
     * at most pagesMax pages of the user's history in that asset; ids not reached are left out of the map.
     */
    Map<String, Long> netByPayment(long userId, String asset, Set<String> paymentIds, int pagesMax);
}
