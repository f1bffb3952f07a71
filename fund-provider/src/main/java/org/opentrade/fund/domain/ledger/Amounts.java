package org.opentrade.fund.domain.ledger;

/** Checks on the amounts callers hand to the ledger, so that every factory rejects the same inputs alike. */
final class Amounts {

    private Amounts() {
    }

    /** An amount an operation moves: 1 .. {@link LedgerLimits#AMOUNT_MAX} units. */
    static void requirePositive(long amount, String what) {
        requireInRange(amount, 1, LedgerLimits.AMOUNT_MAX, what);
    }

    static void requireInRange(long amount, long min, long max, String what) {
        if (amount < min || amount > max) {
            throw new IllegalArgumentException(what + " must be in " + min + ".." + max + ", not " + amount);
        }
    }
}
