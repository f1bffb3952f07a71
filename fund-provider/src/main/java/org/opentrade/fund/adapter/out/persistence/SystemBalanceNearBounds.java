package org.opentrade.fund.adapter.out.persistence;

/**
 * A system account could not take its batch sum: it does not exist yet, or the sum could not be proven free of
 * overflow (see {@link SystemPostings}). The shard's transaction rolls back and its items are applied one at a time,
 * each judged exactly as a single call is (which opens a missing account).
 */
final class SystemBalanceNearBounds extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SystemBalanceNearBounds() {
        super("a system account is missing or too close to the BIGINT bounds for a batch sum", null, false, false);
    }
}
