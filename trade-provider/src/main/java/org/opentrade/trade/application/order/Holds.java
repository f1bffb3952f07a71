package org.opentrade.trade.application.order;

import java.util.List;

import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.MovementResult;

/**
 * The money side of orders (fund-provider), one call per batch. Every item is idempotent on its reference (the
 * order's hold reference, the trade's key), so repeating a batch whose outcome is unknown is always safe. Per-item
 * refusals come back as results; an exception means the outcome of the whole batch is unknown.
 */
public interface Holds {

    /** What one order holds: {@code amount} of {@code asset}, under the order's hold reference. */
    record Hold(long userId, String asset, long amount, long orderId) {
    }

    List<MovementResult> freezeAll(List<Hold> holds);

    /** Holds whose orders will never reach the book: released if taken, never takeable afterwards. */
    List<MovementResult> voidAll(List<Hold> holds);

    /** What finished orders no longer need ({@code amount} is the part to give back). */
    List<MovementResult> releaseAll(List<Hold> releases);

    List<MovementResult> settleAll(List<FillSettlement> fills);
}
