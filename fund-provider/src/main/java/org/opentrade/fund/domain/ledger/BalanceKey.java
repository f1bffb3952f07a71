package org.opentrade.fund.domain.ledger;

import java.util.Comparator;
import java.util.Objects;

import org.opentrade.api.money.Asset;

/** One balance: an account's bucket of one asset. Postings are applied per key. */
public record BalanceKey(long accountId, Asset asset, Bucket bucket) implements Comparable<BalanceKey> {

    /**
     * The canonical order of postings within a transaction. The persistence adapter updates rows in this
     * order, so two concurrent transactions on one shard lock rows in the same order and cannot deadlock.
     */
    static final Comparator<BalanceKey> ORDER = Comparator.comparingLong(BalanceKey::accountId)
            .thenComparing(BalanceKey::asset)
            .thenComparing(BalanceKey::bucket);

    public BalanceKey {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(bucket, "bucket");
    }

    /** A user's buckets and FEES must never go below zero; the clearing accounts may. */
    public boolean mayGoNegative() {
        return SystemAccount.of(accountId).map(SystemAccount::mayGoNegative).orElse(false);
    }

    @Override
    public int compareTo(BalanceKey other) {
        return ORDER.compare(this, other);
    }
}
