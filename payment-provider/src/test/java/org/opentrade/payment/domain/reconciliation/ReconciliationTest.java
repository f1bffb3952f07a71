package org.opentrade.payment.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentrade.payment.domain.BankOutcome;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.PaymentStatus;

class ReconciliationTest {
    static final long FROM = 1_000_000L;
    static final long TO = 2_000_000L;

    static Payment ours(String id, PaymentKind kind, long amount, PaymentStatus status) {
        return new Payment(id, 7L, kind, "USD", amount, status, Payment.Stage.READY, Payment.BankState.ACCEPTED,
                "B-" + id, false, 1, FROM);
    }

    static StatementLine line(String id, PaymentKind kind, long amount, BankOutcome outcome, long at) {
        return new StatementLine("B-" + id, id, kind, "USD", amount, outcome, at);
    }

    @Test
    void agreeingRecordsAreClean() {
        List<Mismatch> found = Reconciliation.compare(FROM, TO,
                List.of(line("D1", PaymentKind.DEPOSIT, 100, BankOutcome.SUCCEEDED, FROM + 5),
                        line("W1", PaymentKind.WITHDRAWAL, 40, BankOutcome.FAILED, FROM + 6)),
                List.of(ours("D1", PaymentKind.DEPOSIT, 100, PaymentStatus.SUCCEEDED),
                        ours("W1", PaymentKind.WITHDRAWAL, 40, PaymentStatus.FAILED)),
                Map.of("D1", 100L, "W1", 0L));
        assertThat(found).isEmpty();
    }

    @Test
    void reportsEveryKindOfMismatch() {
        List<Mismatch> found = Reconciliation.compare(FROM, TO,
                List.of(line("D1", PaymentKind.DEPOSIT, 101, BankOutcome.SUCCEEDED, FROM + 5),
                        line("X9", PaymentKind.DEPOSIT, 77, BankOutcome.SUCCEEDED, FROM + 6),
                        line("W2", PaymentKind.WITHDRAWAL, 40, BankOutcome.SUCCEEDED, FROM + 7)),
                List.of(ours("D1", PaymentKind.DEPOSIT, 100, PaymentStatus.SUCCEEDED),
                        ours("D2", PaymentKind.DEPOSIT, 50, PaymentStatus.SUCCEEDED),
                        ours("W2", PaymentKind.WITHDRAWAL, 40, PaymentStatus.FAILED),
                        ours("W3", PaymentKind.WITHDRAWAL, 30, PaymentStatus.SUCCEEDED)),
                Map.of("W3", 0L));
        assertThat(found).extracting(Mismatch::type, Mismatch::merchantReference).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Mismatch.Type.AMOUNT_DIFFERS, "D1"),
                org.assertj.core.groups.Tuple.tuple(Mismatch.Type.MISSING_HERE, "X9"),
                org.assertj.core.groups.Tuple.tuple(Mismatch.Type.STATUS_DIFFERS, "W2"),
                org.assertj.core.groups.Tuple.tuple(Mismatch.Type.MISSING_AT_BANK, "D2"),
                org.assertj.core.groups.Tuple.tuple(Mismatch.Type.MISSING_AT_BANK, "W3"),
                org.assertj.core.groups.Tuple.tuple(Mismatch.Type.LEDGER_DIFFERS, "W3"));
    }

    @Test
    void bankLinesOutsideThePeriodAreOnlyContextAndNeverAcceptedPaymentsAreNotExpectedAtTheBank() {
        Payment neverAccepted = new Payment("W5", 7L, PaymentKind.WITHDRAWAL, "USD", 5L, PaymentStatus.FAILED,
                Payment.Stage.READY, Payment.BankState.NOT_SENT, null, false, 4, FROM);
        List<Mismatch> found = Reconciliation.compare(FROM, TO,
                List.of(line("X1", PaymentKind.DEPOSIT, 77, BankOutcome.SUCCEEDED, TO + 1),
                        line("D1", PaymentKind.DEPOSIT, 100, BankOutcome.SUCCEEDED, TO + 2)),
                List.of(ours("D1", PaymentKind.DEPOSIT, 100, PaymentStatus.SUCCEEDED), neverAccepted), Map.of());
        assertThat(found).isEmpty();
    }

    @Test
    void theLedgerMustHoldWhatTheOutcomeImplies() {
        assertThat(Reconciliation.expectedNet(ours("D", PaymentKind.DEPOSIT, 9, PaymentStatus.SUCCEEDED))).isEqualTo(9);
        assertThat(Reconciliation.expectedNet(ours("D", PaymentKind.DEPOSIT, 9, PaymentStatus.FAILED))).isZero();
        assertThat(Reconciliation.expectedNet(ours("W", PaymentKind.WITHDRAWAL, 9, PaymentStatus.SUCCEEDED))).isEqualTo(-9);
        assertThat(Reconciliation.expectedNet(ours("W", PaymentKind.WITHDRAWAL, 9, PaymentStatus.FAILED))).isZero();
    }
}
