package org.opentrade.api.payment;

import org.opentrade.api.BusinessException;

/**
 * Deposits and withdrawals through the bank channel. Money enters and leaves the ledger only through here.
 * Failures are BusinessExceptions (PAYMENT_NOT_FOUND, INSUFFICIENT_FUNDS, IDEMPOTENCY_KEY_REUSED, BAD_SIGNATURE, ...).
 */
public interface PaymentService {

    /** A payment of this user; PAYMENT_NOT_FOUND also when it belongs to someone else. */
    PaymentView getPayment(long userId, String paymentId) throws BusinessException;

    /**
     * A page of the user's payments of one kind (DEPOSIT or WITHDRAWAL), newest first by (creation time, payment id),
     * each exactly once across pages; a kind that is neither, a limit outside 1-{@link PaymentQuery#LIMIT_MAX}, a
     * window backwards or a cursor that is not one is VALIDATION_FAILED.
     */
    PaymentPage listPayments(PaymentQuery query) throws BusinessException;

    /**
     * Creates a deposit (PENDING) and asks the bank to collect it; the bank's signed notification later makes it
     * SUCCEEDED (credited once) or FAILED. Idempotent on (user, idempotency key): a repeat returns the original
     * deposit; the same key with other content is IDEMPOTENCY_KEY_REUSED.
     */
    PaymentView deposit(PaymentCommand command) throws BusinessException;

    /**
     * Takes the amount from the user's available balance and records the payout in one global transaction, then
     * asks the bank to pay it out: SUCCEEDED, or FAILED and refunded exactly once. INSUFFICIENT_FUNDS moves nothing.
     * Idempotent like {@link #deposit}.
     */
    PaymentView withdraw(PaymentCommand command) throws BusinessException;

    /**
     * A notification from the bank exactly as received (headers and body bytes as UTF-8). Verifies signature,
     * timestamp window and nonce (BAD_SIGNATURE, CALLBACK_STALE, CALLBACK_REPLAYED), then applies the outcome once;
     * a duplicate of an outcome already applied answers normally.
     */
    void acceptBankNotification(BankNotification notification) throws BusinessException;

    /** Compares the bank's statement of [from, to) with our payment records and the ledger's movements. */
    ReconciliationView reconcile(long fromEpochMs, long toEpochMs) throws BusinessException;
}
