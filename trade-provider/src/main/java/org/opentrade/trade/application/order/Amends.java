package org.opentrade.trade.application.order;

import java.util.List;

import org.opentrade.trade.domain.order.AmendRecord;
import org.opentrade.trade.domain.order.HoldReferences;

/**
 * The amend store, sharded by user id like the orders. An amend is stored PENDING before anything is held for it;
 * the engine's outputs make it APPLIED or REFUSED with what its hold reference releases (EngineOutputs), the
 * pipeline or the sweeper make it REFUSED when it never reaches the engine.
 */
public interface Amends {

    /** Stores new PENDING amends, one statement for the batch. */
    void insertPending(List<AmendRecord> amends);

    /** PENDING amends that will never reach the engine, each with its reason; nothing is left held for them. */
    void refuseAll(List<Refusal> refusals);

    /** PENDING amends created before {@code beforeMs}: stored, maybe held, not known to have reached the engine. */
    List<AmendRecord> pendingBefore(long beforeMs, int limit);

    /** Amends whose release is due, as (amend, amount to unfreeze under its hold reference). */
    List<Release> dueReleases(int limit);

    void markReleased(List<Release> released);

    record Refusal(long userId, long amendId, String reason) {
    }

    record Release(long amendId, long orderId, long userId, String asset, long amount) {

        public Holds.Hold hold() {
            return new Holds.Hold(userId, asset, amount, HoldReferences.forAmend(orderId, amendId));
        }
    }
}
