package org.opentrade.fund.application.transfer;

import org.apache.seata.rm.tcc.api.BusinessActionContext;

/**
 * The two branches of a transfer as Seata TCC actions, each on its own user's shard.
 * <ul>
 *   <li>out: try = take the amount from the sender's available into the shard's transfer clearing (the sender
 *   sees it gone at once); confirm = nothing more to post; cancel = post the reversal.</li>
 *   <li>in: try = check the recipient may receive and record the branch; confirm = post the amount from the
 *   recipient shard's transfer clearing to the recipient; cancel = nothing was posted.</li>
 * </ul>
 * Seata may call confirm and cancel more than once, and cancel before try (the try timed out on its way); the
 * per-branch barrier row ({@link TccBarriers}) makes every phase idempotent and refuses a try after its cancel.
 * Phases return true when done; a phase that throws is retried by the coordinator. The Seata annotations sit
 * on the implementation ({@link TransferLegsTcc}), where Seata reads the parameters it keeps for phase two.
 */
public interface TransferLegs {

    boolean tryOut(BusinessActionContext context, long transferId, long fromUserId, String asset, long amount);

    boolean confirmOut(BusinessActionContext context);

    boolean cancelOut(BusinessActionContext context);

    boolean tryIn(BusinessActionContext context, long transferId, long toUserId, String asset, long amount);

    boolean confirmIn(BusinessActionContext context);

    boolean cancelIn(BusinessActionContext context);
}
