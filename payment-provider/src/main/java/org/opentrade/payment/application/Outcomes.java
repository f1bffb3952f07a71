package org.opentrade.payment.application;

import java.time.Clock;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.payment.event.PaymentEvent;
import org.opentrade.payment.application.port.Ledger;
import org.opentrade.payment.domain.BankOutcome;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentStatus;
import org.opentrade.payment.domain.Payments;
import org.opentrade.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies what the bank decided, exactly once whoever reports it (notification, the request's own answer, a status
 * check): first the money (idempotent on the payment id in the ledger, so a retry after any failure is safe), then
 * PENDING -> final and its event in one local transaction (the conditional update lets one caller win; only the
 * winner writes the event).
 */
@Service
public class Outcomes {
    private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

    private final Payments payments;
    private final Ledger ledger;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Outcomes(Payments payments, Ledger ledger, Outbox outbox, TransactionTemplate transactions, Clock clock) {
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void apply(String paymentId, BankOutcome outcome, String source) {
        Payment payment = payments.byId(paymentId).orElseThrow(() -> new BusinessException(ErrorCode.PAYMENT_NOT_FOUND));
        run(payment, payment.onBankOutcome(outcome), source + ": bank " + outcome);
    }

    /** The bank never took the payment and cannot pay it later: it fails, a withdrawal is refunded. */
    public void neverAccepted(Payment payment, String reason) {
        run(payment, payment.onBankNeverAccepted(), reason);
    }

    private void run(Payment payment, Payment.Transition transition, String reason) {
        switch (transition) {
            case CREDIT_AND_SUCCEED -> {
                ledger.credit(payment);
                finish(payment, PaymentStatus.SUCCEEDED, reason);
            }
            case SUCCEED -> finish(payment, PaymentStatus.SUCCEEDED, reason);
            case REFUND_AND_FAIL -> {
                ledger.refund(payment);
                finish(payment, PaymentStatus.FAILED, reason);
            }
            case FAIL -> finish(payment, PaymentStatus.FAILED, reason);
            case ALREADY_APPLIED -> log.debug("payment {}: {} already applied", payment.paymentId(), reason);
            case CONTRADICTS -> log.error("payment {} is {} but {}: left as is for an operator",
                    payment.paymentId(), payment.status(), reason);
        }
    }

    private void finish(Payment payment, PaymentStatus status, String reason) {
        long now = clock.millis();
        transactions.executeWithoutResult(tx -> {
            if (payments.finish(payment.paymentId(), status, truncate(reason), now)) {
                outbox.add(PaymentEvent.TOPIC, payment.paymentId(), PaymentEvents.typeOf(payment.kind(), status),
                        PaymentEvents.of(payment, status, reason, now));
            }
        });
    }

    private static String truncate(String reason) {
        return reason.length() <= 200 ? reason : reason.substring(0, 200);
    }
}
