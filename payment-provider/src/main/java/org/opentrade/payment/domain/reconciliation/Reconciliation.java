package org.opentrade.payment.domain.reconciliation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.payment.domain.BankOutcome;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.PaymentStatus;

/**
 * Compares the bank's statement, our payments and the ledger for one period [from, to). Every bank line settled in
 * the period must match one of our payments (reference, kind, asset, amount, outcome); every payment we settled in
 * the period after the bank accepted it must be on the statement (which the caller reads with a margin either side,
 * because the bank's settlement time and ours differ by the callback's delay); and the ledger's net posting for
 * each payment must be what its outcome implies (+amount for a deposit that succeeded, -amount for a withdrawal
 * that succeeded, 0 otherwise).
 */
public final class Reconciliation {
    private Reconciliation() {
    }

    /**
     * @param fromEpochMs   period start, inclusive
     * @param toEpochMs     period end, exclusive
     * @param statement     the bank's lines for the period widened by a margin
     * @param ours          our payments settled in the period and those the statement's lines name
     * @param ledgerNet     per payment id, the sum of the user's postings with that business reference; payments
     *                      absent from the map are not checked against the ledger
     */
    public static List<Mismatch> compare(long fromEpochMs, long toEpochMs, Collection<StatementLine> statement,
                                         Collection<Payment> ours, Map<String, Long> ledgerNet) {
        Map<String, Payment> byId = new HashMap<>();
        ours.forEach(p -> byId.put(p.paymentId(), p));
        Map<String, StatementLine> lines = new HashMap<>();
        statement.forEach(line -> lines.put(line.merchantReference(), line));
        List<Mismatch> found = new ArrayList<>();

        for (StatementLine line : statement) {
            if (line.settledAtEpochMs() < fromEpochMs || line.settledAtEpochMs() >= toEpochMs) {
                continue;
            }
            Payment payment = byId.get(line.merchantReference());
            if (payment == null) {
                found.add(new Mismatch(Mismatch.Type.MISSING_HERE, line.merchantReference(), line.asset(),
                        line.amount(), -1, "the bank lists " + line.kind() + " " + line.outcome() + ", we have no such payment"));
            } else if (!payment.matches(line.kind(), line.asset(), line.amount())) {
                found.add(new Mismatch(Mismatch.Type.AMOUNT_DIFFERS, line.merchantReference(), line.asset(),
                        line.amount(), payment.amount(), "bank " + line.kind() + " " + line.asset() + " vs ours "
                        + payment.kind() + " " + payment.asset()));
            } else if (!sameOutcome(payment.status(), line.outcome())) {
                found.add(new Mismatch(Mismatch.Type.STATUS_DIFFERS, line.merchantReference(), line.asset(),
                        line.amount(), payment.amount(), "bank " + line.outcome() + ", ours " + payment.status()));
            }
        }
        for (Payment payment : ours) {
            if (payment.bankState() == Payment.BankState.ACCEPTED && payment.isSettled()
                    && !lines.containsKey(payment.paymentId())) {
                found.add(new Mismatch(Mismatch.Type.MISSING_AT_BANK, payment.paymentId(), payment.asset(), -1,
                        payment.amount(), "we settled it " + payment.status() + ", the bank's statement lacks it"));
            }
            Long net = ledgerNet.get(payment.paymentId());
            if (net != null && payment.isSettled() && net != expectedNet(payment)) {
                found.add(new Mismatch(Mismatch.Type.LEDGER_DIFFERS, payment.paymentId(), payment.asset(), -1,
                        payment.amount(), "ledger net " + net + ", expected " + expectedNet(payment) + " for "
                        + payment.kind() + " " + payment.status()));
            }
        }
        return found;
    }

    /** What the ledger must hold for a settled payment (user's side). */
    public static long expectedNet(Payment payment) {
        if (payment.status() != PaymentStatus.SUCCEEDED) {
            return 0;
        }
        return payment.kind() == PaymentKind.DEPOSIT ? payment.amount() : -payment.amount();
    }

    private static boolean sameOutcome(PaymentStatus status, BankOutcome outcome) {
        return (status == PaymentStatus.SUCCEEDED && outcome == BankOutcome.SUCCEEDED)
                || (status == PaymentStatus.FAILED && outcome == BankOutcome.FAILED);
    }
}
