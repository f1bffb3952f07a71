package org.opentrade.payment.application.port;

import java.util.List;

import org.opentrade.payment.domain.BankOutcome;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.reconciliation.StatementLine;

/**
 * The bank, as payment code sees it: collect a deposit, pay out a withdrawal, tell a transfer's status, list the
 * statement. Idempotent on the merchant reference (our payment id). Implemented over HTTP (adapter.out.bank).
 */
public interface BankChannel {

    /** How a request ended, from what we can know. */
    enum Result {
        /** the bank took it (possibly settled already: see {@link Answer#outcome()}) */
        ACCEPTED,
        /** the bank answered and did not take it (unavailable, busy, refused): it cannot pay this attempt later */
        REFUSED,
        /** the bank refused this instruction as such (bad input, reference conflict): retrying cannot help */
        REFUSED_FOR_GOOD,
        /** no answer after the request may have arrived (timeout, connection lost): the bank may have it */
        UNCERTAIN
    }

    record Answer(Result result, String bankReference, BankOutcome outcome, String detail) {
    }

    /** What the bank knows of a reference. */
    enum Known { UNKNOWN_REFERENCE, ACCEPTED, SETTLED, UNAVAILABLE }

    record Status(Known known, BankOutcome outcome) {
    }

    record Statement(List<StatementLine> lines, boolean truncated) {
    }

    Answer request(PaymentKind kind, String merchantReference, String accountHolder, String asset, long amount);

    Status status(PaymentKind kind, String merchantReference);

    /** Lines settled in [from, to), oldest first, at most limit; throws when the bank cannot answer. */
    Statement statement(long fromEpochMs, long toEpochMs, int limit);
}
