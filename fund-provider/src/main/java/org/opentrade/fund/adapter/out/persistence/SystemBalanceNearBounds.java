package org.opentrade.fund.adapter.out.persistence;

/**
 * A system account's batch sum could not be proven free of overflow (see {@link SystemPostings}): the shard's
 * transaction rolls back and its items are applied one at a time, each judged exactly as a single call is.
 */
final class SystemBalanceNearBounds extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SystemBalanceNearBounds() {
        super("a system balance is too close to the BIGINT bounds for a batch sum", null, false, false);
    }
}
