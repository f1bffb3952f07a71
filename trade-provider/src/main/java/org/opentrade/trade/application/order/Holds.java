package org.opentrade.trade.application.order;

import java.util.List;

import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.trade.domain.order.HoldReferences;

/**
 * The money side of orders (fund-provider), one call per batch. Every item is idempotent on its reference (an
 * order's or an amend's hold reference, the trade's key), so repeating a batch whose outcome is unknown is always safe. Per-item
 * refusals come back as results; an exception means the outcome of the whole batch is unknown.
 */
public interface Holds {

    /** {@code amount} of {@code asset} held (or to release) under {@code reference} ({@link HoldReferences}). */
    record Hold(long userId, String asset, long amount, String reference) {

        /** Under the order's own hold reference. */
        public static Hold ofOrder(long userId, String asset, long amount, long orderId) {
            return new Hold(userId, asset, amount, HoldReferences.forOrder(orderId));
        }
    }

    List<MovementResult> freezeAll(List<Hold> holds);

    /** Holds whose orders will never reach the book: released if taken, never takeable afterwards. */
    List<MovementResult> voidAll(List<Hold> holds);

    /** What finished orders no longer need ({@code amount} is the part to give back). */
    List<MovementResult> releaseAll(List<Hold> releases);

    List<MovementResult> settleAll(List<FillSettlement> fills);
}
