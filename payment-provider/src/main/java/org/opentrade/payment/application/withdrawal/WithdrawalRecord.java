package org.opentrade.payment.application.withdrawal;

import org.apache.seata.rm.tcc.api.BusinessActionContext;
import org.opentrade.payment.domain.Payment;

/**
 * The payment-side TCC branch of a withdrawal: try = insert the withdrawal HELD (claims the Idempotency-Key; a
 * HELD withdrawal is never sent to the bank); confirm = READY for the payout; cancel = delete the HELD row (nothing
 * was sent; the fund branch's cancel gives the money back). A barrier row per branch makes each phase idempotent
 * and refuses a try that arrives after its cancel.
 */
public interface WithdrawalRecord {

    boolean tryRecord(BusinessActionContext context, String paymentId, Payment withdrawal, String idempotencyKey);

    boolean confirm(BusinessActionContext context);

    boolean cancel(BusinessActionContext context);
}
