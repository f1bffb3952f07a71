package org.opentrade.fund.application;

import static org.opentrade.fund.application.LedgerOutcomes.requireSuccess;

import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.fund.application.LedgerRequests.PostingsFactory;
import org.opentrade.fund.domain.ledger.Postings;
import org.springframework.stereotype.Service;

/**
 * Single-user money movements (deposit, withdrawal, refund, hold, release): each one journal transaction on the
 * user's shard, idempotent on its reference.
 */
@Service
public class Movements {
    private final JournalStore journal;

    public Movements(JournalStore journal) {
        this.journal = journal;
    }

    public void deposit(LedgerMovement m) {
        apply(m, Postings::deposit);
    }

    public void withdraw(LedgerMovement m) {
        apply(m, Postings::withdraw);
    }

    public void refundWithdrawal(LedgerMovement m) {
        apply(m, Postings::withdrawalRefund);
    }

    public void freeze(LedgerMovement m) {
        apply(m, Postings::freeze);
    }

    public void unfreeze(LedgerMovement m) {
        apply(m, Postings::unfreeze);
    }

    private void apply(LedgerMovement m, PostingsFactory postings) {
        requireSuccess(journal.apply(LedgerRequests.transaction(m, postings)));
    }
}
