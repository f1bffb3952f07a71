package org.opentrade.payment.domain;

import org.opentrade.api.payment.PaymentView;

/**
 * A deposit or a withdrawal; amount in 10^-8 units of the asset. Its status changes once, from PENDING to
 * SUCCEEDED or FAILED; what each bank outcome means for money is decided here ({@link #onBankOutcome}).
 *
 * @param stage     HELD while a withdrawal's global transaction is undecided, READY once the money is held
 * @param bankState whether the bank has accepted the request
 * @param uncertain a request went out and no answer came back: the bank may have it
 * @param attempts  bank requests made so far
 */
public record Payment(String paymentId, long userId, PaymentKind kind, String asset, long amount, PaymentStatus status,
                      Stage stage, BankState bankState, String bankReference, boolean uncertain, int attempts,
                      long createdAtEpochMs) {

    public enum Stage { HELD, READY }

    public enum BankState { NOT_SENT, ACCEPTED }

    /** What applying a bank outcome (or giving up on the bank) takes. */
    public enum Transition {
        /** deposit confirmed: credit the user, then SUCCEEDED */
        CREDIT_AND_SUCCEED,
        /** withdrawal paid out: the money left at creation, only the status changes */
        SUCCEED,
        /** withdrawal refused: give the money back, then FAILED */
        REFUND_AND_FAIL,
        /** deposit refused: nothing was credited */
        FAIL,
        /** the same outcome was applied before: a duplicate notification */
        ALREADY_APPLIED,
        /** the payment ended the other way: the bank contradicts itself; nothing changes, an operator looks */
        CONTRADICTS
    }

    public Payment {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
    }

    public static Payment create(String paymentId, long userId, PaymentKind kind, String asset, long amount,
                                 long nowEpochMs) {
        return new Payment(paymentId, userId, kind, asset, amount, PaymentStatus.PENDING,
                kind == PaymentKind.WITHDRAWAL ? Stage.HELD : Stage.READY, BankState.NOT_SENT, null, false, 0,
                nowEpochMs);
    }

    public Transition onBankOutcome(BankOutcome outcome) {
        if (status != PaymentStatus.PENDING) {
            boolean same = (status == PaymentStatus.SUCCEEDED) == (outcome == BankOutcome.SUCCEEDED);
            return same ? Transition.ALREADY_APPLIED : Transition.CONTRADICTS;
        }
        if (outcome == BankOutcome.SUCCEEDED) {
            return kind == PaymentKind.DEPOSIT ? Transition.CREDIT_AND_SUCCEED : Transition.SUCCEED;
        }
        return kind == PaymentKind.DEPOSIT ? Transition.FAIL : Transition.REFUND_AND_FAIL;
    }

    /**
     * The bank never took the request (every attempt refused, or its status says it does not know the reference):
     * the payment fails, and a withdrawal's money comes back.
     */
    public Transition onBankNeverAccepted() {
        return onBankOutcome(BankOutcome.FAILED);
    }

    /** Whether giving up is safe: the bank answered every attempt and never accepted, so it cannot pay later. */
    public boolean mayGiveUpWithoutAsking() {
        return bankState == BankState.NOT_SENT && !uncertain;
    }

    /** A notification or statement line describes this payment only if kind, asset and amount agree. */
    public boolean matches(PaymentKind otherKind, String otherAsset, long otherAmount) {
        return kind == otherKind && asset.equals(otherAsset) && amount == otherAmount;
    }

    public boolean isSettled() {
        return status != PaymentStatus.PENDING;
    }

    public PaymentView view() {
        return new PaymentView(paymentId, userId, kind.name(), asset, amount, status.name(), createdAtEpochMs);
    }
}
