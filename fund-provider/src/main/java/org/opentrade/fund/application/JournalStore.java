package org.opentrade.fund.application;

import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.JournalTransaction;

/** The ledger as the database keeps it: balances and the append-only journal, sharded by account. */
public interface JournalStore {

    /**
     * Applies the transaction in one local transaction on its shard, with exactly the outcomes of the in-memory
     * {@link org.opentrade.fund.domain.ledger.Ledger}: all postings or none, once per reference.
     */
    ApplyOutcome apply(JournalTransaction transaction);
}
