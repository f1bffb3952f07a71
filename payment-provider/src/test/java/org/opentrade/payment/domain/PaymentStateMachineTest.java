package org.opentrade.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each bank outcome means for a payment in each state: money moves on the first outcome only. */
class PaymentStateMachineTest {

    static Payment payment(PaymentKind kind, PaymentStatus status) {
        return new Payment("P1", 7L, kind, "USD", 1_000L, status, Payment.Stage.READY, Payment.BankState.ACCEPTED,
                "BNK1", false, 1, 0L);
    }

    @ParameterizedTest(name = "{0} {1} + bank {2} -> {3}")
    @CsvSource({
            "DEPOSIT,    PENDING,   SUCCEEDED, CREDIT_AND_SUCCEED",
            "DEPOSIT,    PENDING,   FAILED,    FAIL",
            "WITHDRAWAL, PENDING,   SUCCEEDED, SUCCEED",
            "WITHDRAWAL, PENDING,   FAILED,    REFUND_AND_FAIL",
            "DEPOSIT,    SUCCEEDED, SUCCEEDED, ALREADY_APPLIED",
            "DEPOSIT,    FAILED,    FAILED,    ALREADY_APPLIED",
            "WITHDRAWAL, SUCCEEDED, SUCCEEDED, ALREADY_APPLIED",
            "WITHDRAWAL, FAILED,    FAILED,    ALREADY_APPLIED",
            "DEPOSIT,    SUCCEEDED, FAILED,    CONTRADICTS",
            "DEPOSIT,    FAILED,    SUCCEEDED, CONTRADICTS",
            "WITHDRAWAL, SUCCEEDED, FAILED,    CONTRADICTS",
            "WITHDRAWAL, FAILED,    SUCCEEDED, CONTRADICTS"})
    void aBankOutcomeMovesMoneyOnlyOnceAndNeverBothWays(PaymentKind kind, PaymentStatus status, BankOutcome outcome,
                                                        Payment.Transition expected) {
        assertThat(payment(kind, status).onBankOutcome(outcome)).isEqualTo(expected);
    }

    @Test
    void aWithdrawalStartsHeldAndADepositReady() {
        assertThat(Payment.create("W1", 7L, PaymentKind.WITHDRAWAL, "USD", 5L, 1L).stage()).isEqualTo(Payment.Stage.HELD);
        assertThat(Payment.create("D1", 7L, PaymentKind.DEPOSIT, "USD", 5L, 1L).stage()).isEqualTo(Payment.Stage.READY);
        assertThat(Payment.create("D1", 7L, PaymentKind.DEPOSIT, "USD", 5L, 1L).status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void givingUpWithoutAskingIsSafeOnlyWhenTheBankNeverHadIt() {
        Payment refusedEveryTime = new Payment("W1", 7L, PaymentKind.WITHDRAWAL, "USD", 5L, PaymentStatus.PENDING,
                Payment.Stage.READY, Payment.BankState.NOT_SENT, null, false, 4, 1L);
        Payment timedOutOnce = new Payment("W1", 7L, PaymentKind.WITHDRAWAL, "USD", 5L, PaymentStatus.PENDING,
                Payment.Stage.READY, Payment.BankState.NOT_SENT, null, true, 4, 1L);
        Payment accepted = payment(PaymentKind.WITHDRAWAL, PaymentStatus.PENDING);

        assertThat(refusedEveryTime.mayGiveUpWithoutAsking()).isTrue();
        assertThat(refusedEveryTime.onBankNeverAccepted()).isEqualTo(Payment.Transition.REFUND_AND_FAIL);
        assertThat(timedOutOnce.mayGiveUpWithoutAsking()).isFalse();
        assertThat(accepted.mayGiveUpWithoutAsking()).isFalse();
    }

    @Test
    void aNotificationMustAgreeOnKindAssetAndAmount() {
        Payment deposit = payment(PaymentKind.DEPOSIT, PaymentStatus.PENDING);
        assertThat(deposit.matches(PaymentKind.DEPOSIT, "USD", 1_000L)).isTrue();
        assertThat(deposit.matches(PaymentKind.DEPOSIT, "USD", 1_001L)).isFalse();
        assertThat(deposit.matches(PaymentKind.DEPOSIT, "BTC", 1_000L)).isFalse();
        assertThat(deposit.matches(PaymentKind.WITHDRAWAL, "USD", 1_000L)).isFalse();
    }

    @Test
    void retriesBackOffByDoublingUpToTheBoundAndStop() {
        RetryPolicy retry = new RetryPolicy(4, 500, 4_000);
        assertThat(retry.backoffMs(1)).isEqualTo(500);
        assertThat(retry.backoffMs(2)).isEqualTo(1_000);
        assertThat(retry.backoffMs(4)).isEqualTo(4_000);
        assertThat(retry.backoffMs(40)).isEqualTo(4_000);
        assertThat(retry.exhausted(3)).isFalse();
        assertThat(retry.exhausted(4)).isTrue();
    }
}
