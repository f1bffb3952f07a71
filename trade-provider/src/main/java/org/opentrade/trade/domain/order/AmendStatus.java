package org.opentrade.trade.domain.order;

/**
 * The life of an amend. PENDING: stored and (being) held, not yet answered by the engine; APPLIED: the engine changed
 * the order; REFUSED: the order is unchanged (refused by the engine, by risk control or the ledger, or it never
 * reached the engine). An amend's hold is released once it is APPLIED or REFUSED, never while PENDING.
 */
public enum AmendStatus {
    PENDING, APPLIED, REFUSED
}
