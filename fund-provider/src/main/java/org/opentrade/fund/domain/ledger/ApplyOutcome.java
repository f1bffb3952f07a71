package org.opentrade.fund.domain.ledger;

/**
 * The one answer of {@link Ledger#apply}. Business outcomes are values, not exceptions: a caller (and a
 * retrying caller) must handle each of them.
 */
public enum ApplyOutcome {
    /** All postings took effect now. */
    APPLIED,
    /** A transaction with this reference and this exact content took effect earlier; nothing changed now. */
    ALREADY_APPLIED,
    /** Nothing changed: a user bucket (or FEES) would have gone below zero. */
    INSUFFICIENT_FUNDS,
    /** Nothing changed: the reference was used earlier for a transaction with different content. */
    REFERENCE_CONFLICT,
    /** Nothing changed: a balance would have left the {@code long} range. */
    BALANCE_OVERFLOW,
    /**
     * Nothing changed: the transaction takes from the available balance of a suspended (frozen) user. Credits,
     * settlements of earlier holds and releases of a suspended user still apply.
     */
    ACCOUNT_SUSPENDED;

    /** True when the transaction's effect is in the ledger, whether from this call or an earlier one. */
    public boolean isSuccess() {
        return this == APPLIED || this == ALREADY_APPLIED;
    }
}
