package org.opentrade.fund.domain.ledger;

import org.opentrade.api.money.Asset;

/** One broken invariant found by an audit. Each kind carries the figures an operator needs to look into it. */
public sealed interface Violation {

    /** Over all accounts and buckets the asset does not sum to zero: money was created or destroyed. */
    record AssetSumNotZero(Asset asset, long sum) implements Violation {
    }

    /** A balance that must never be negative (a user bucket, FEES) is. */
    record NegativeBalance(BalanceKey key, long balance) implements Violation {
    }

    /** A balance differs from the sum of the journal postings on it. */
    record BalanceDiffersFromJournal(BalanceKey key, long balance, long journalSum) implements Violation {
    }
}
