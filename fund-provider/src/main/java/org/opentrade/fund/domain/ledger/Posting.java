package org.opentrade.fund.domain.ledger;

import java.util.Objects;

import org.opentrade.api.money.Asset;

/**
 * One signed change of one balance, in 10^-8 units: positive adds to the bucket, negative takes from it.
 * One journal row in the database.
 */
public record Posting(long accountId, Asset asset, Bucket bucket, long amount) {

    public Posting {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(bucket, "bucket");
        AccountIds.requireKnown(accountId);
        if (!AccountIds.isUser(accountId) && bucket != Bucket.AVAILABLE) {
            throw new IllegalArgumentException("system account " + accountId + " has no " + bucket + " bucket");
        }
        if (amount == 0) {
            throw new IllegalArgumentException("zero posting on " + accountId + "/" + asset + "/" + bucket);
        }
        // Compared on both sides rather than with Math.abs, which is negative for Long.MIN_VALUE.
        if (amount > LedgerLimits.AMOUNT_MAX || amount < -LedgerLimits.AMOUNT_MAX) {
            throw new IllegalArgumentException("posting amount beyond AMOUNT_MAX: " + amount);
        }
    }

    /**
     * True for the postings a suspended user may not make: taking from their own AVAILABLE bucket (a hold, a
     * withdrawal, a transfer out). Settlements take from FROZEN and releases add to AVAILABLE, so they still apply.
     */
    public boolean debitsUserAvailable() {
        return amount < 0 && bucket == Bucket.AVAILABLE && AccountIds.isUser(accountId);
    }

    /**
     * Whether this posting may change a balance that holds {@code balanceBefore}: APPLIED, or the refusal the ledger
     * answers. The in-memory {@link Ledger} and the database adapter (diagnosing an update it was refused) both ask
     * this, so that they refuse alike and in the same order: a suspended owner first, then overflow, then funds.
     */
    public ApplyOutcome judge(long balanceBefore, boolean ownerSuspended) {
        if (debitsUserAvailable() && ownerSuspended) {
            return ApplyOutcome.ACCOUNT_SUSPENDED;
        }
        long next;
        try {
            next = Math.addExact(balanceBefore, amount);
        } catch (ArithmeticException overflow) {
            return ApplyOutcome.BALANCE_OVERFLOW;
        }
        return next < 0 && !key().mayGoNegative() ? ApplyOutcome.INSUFFICIENT_FUNDS : ApplyOutcome.APPLIED;
    }

    public BalanceKey key() {
        return new BalanceKey(accountId, asset, bucket);
    }
}
