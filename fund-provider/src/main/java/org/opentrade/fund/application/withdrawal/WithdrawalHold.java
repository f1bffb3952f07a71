package org.opentrade.fund.application.withdrawal;

import org.apache.seata.rm.tcc.api.BusinessActionContext;

/**
 * fund-provider's TCC branch of a withdrawal (payment-provider runs the global transaction): try = the withdrawal
 * posting (user AVAILABLE -, BANK_CLEARING +; the user sees the money gone at once, INSUFFICIENT_FUNDS refuses it);
 * confirm = nothing more to post; cancel = the refund posting, only if the try posted. A barrier row on the user's
 * shard makes each phase idempotent and refuses a try after its cancel (see docs/adr/0005).
 */
public interface WithdrawalHold {

    boolean tryHold(BusinessActionContext context, String paymentId, long userId, String asset, long amount);

    boolean confirm(BusinessActionContext context);

    boolean cancel(BusinessActionContext context);
}
