package org.opentrade.payment.application.withdrawal;

/** The Idempotency-Key is taken: the global transaction rolls back and the original withdrawal is the answer. */
public class DuplicateWithdrawal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateWithdrawal(String idempotencyKey) {
        super("duplicate withdrawal request " + idempotencyKey, null, false, false);
    }
}
