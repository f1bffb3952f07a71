package org.opentrade.fund.application;

import java.util.Map;

import org.opentrade.fund.domain.ledger.BalanceKey;

/** What the audit reads: every balance and, per balance, the sum of its journal postings. */
public interface LedgerSnapshot {

    /** Balances and journal sums of each shard as of one moment of that shard. */
    Snapshot read();

    record Snapshot(Map<BalanceKey, Long> balances, Map<BalanceKey, Long> journalSums, long journalEntries) {
    }
}
