package org.opentrade.payment.application;

import java.time.Clock;

import org.opentrade.payment.application.port.BankChannel;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.Payments;
import org.opentrade.payment.domain.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One step of a payment with the bank: send the request (retried with bounded back-off while the bank refuses),
 * ask for the status when a request is uncertain or a notification is late, give up only when the bank cannot pay
 * any more. Never throws: a failed step leaves the payment due again later ({@link PendingPayments}).
 */
@Service
public class BankRequests {
    private static final Logger log = LoggerFactory.getLogger(BankRequests.class);

    private final BankChannel bank;
    private final Payments payments;
    private final Outcomes outcomes;
    private final RetryPolicy retry;
    private final PaymentProperties.Bank properties;
    private final Clock clock;

    public BankRequests(BankChannel bank, Payments payments, Outcomes outcomes, PaymentProperties properties,
                        Clock clock) {
        this.bank = bank;
        this.payments = payments;
        this.outcomes = outcomes;
        this.retry = new RetryPolicy(properties.retry().attemptsMax(), properties.retry().firstBackoffMs(),
                properties.retry().backoffMaxMs());
        this.properties = properties.bank();
        this.clock = clock;
    }

    /** The next step the payment needs; a settled or held payment needs none. */
    public void step(Payment payment) {
        try {
            if (payment.isSettled() || payment.stage() == Payment.Stage.HELD) {
                return;
            }
            if (payment.bankState() == Payment.BankState.ACCEPTED) {
                checkStatus(payment);
            } else if (retry.exhausted(payment.attempts())) {
                giveUpOrAsk(payment);
            } else {
                send(payment);
            }
        } catch (RuntimeException e) {
            log.warn("payment {}: bank step failed, due again later: {}", payment.paymentId(), e.toString());
            payments.scheduleRetry(payment.paymentId(), payment.attempts(), payment.uncertain(),
                    clock.millis() + retry.backoffMaxMs());
        }
    }

    private void send(Payment payment) {
        int attempt = payment.attempts() + 1;
        BankChannel.Answer answer = bank.request(payment.kind(), payment.paymentId(), accountHolder(payment),
                payment.asset(), payment.amount());
        switch (answer.result()) {
            case ACCEPTED -> {
                payments.markAccepted(payment.paymentId(), answer.bankReference(),
                        clock.millis() + properties.statusCheckAfterMs());
                if (answer.outcome() != null) {
                    outcomes.apply(payment.paymentId(), answer.outcome(), "request answer");
                }
            }
            case REFUSED_FOR_GOOD -> {
                payments.scheduleRetry(payment.paymentId(), attempt, payment.uncertain(), clock.millis());
                if (payment.uncertain()) {
                    giveUpOrAsk(reload(payment));
                } else {
                    outcomes.neverAccepted(payment, "bank refused the request: " + answer.detail());
                }
            }
            case REFUSED, UNCERTAIN -> {
                boolean uncertain = payment.uncertain() || answer.result() == BankChannel.Result.UNCERTAIN;
                log.info("payment {}: bank attempt {} {}: {}", payment.paymentId(), attempt, answer.result(),
                        answer.detail());
                payments.scheduleRetry(payment.paymentId(), attempt, uncertain,
                        clock.millis() + retry.backoffMs(attempt));
            }
        }
    }

    /** Every attempt spent: fail if the bank cannot have it, otherwise ask it. */
    private void giveUpOrAsk(Payment payment) {
        if (payment.mayGiveUpWithoutAsking()) {
            outcomes.neverAccepted(payment, "bank refused " + payment.attempts() + " attempts");
            return;
        }
        BankChannel.Status status = bank.status(payment.kind(), payment.paymentId());
        switch (status.known()) {
            case UNKNOWN_REFERENCE -> outcomes.neverAccepted(payment, "bank does not know the request");
            case SETTLED -> outcomes.apply(payment.paymentId(), status.outcome(), "status check");
            case ACCEPTED -> payments.markAccepted(payment.paymentId(), null,
                    clock.millis() + properties.statusCheckAfterMs());
            case UNAVAILABLE -> payments.scheduleRetry(payment.paymentId(), payment.attempts(), true,
                    clock.millis() + retry.backoffMaxMs());
        }
    }

    /** Accepted, and no notification yet: ask; the notification may still come and finds the work done. */
    private void checkStatus(Payment payment) {
        BankChannel.Status status = bank.status(payment.kind(), payment.paymentId());
        if (status.known() == BankChannel.Known.SETTLED) {
            outcomes.apply(payment.paymentId(), status.outcome(), "status check");
        } else {
            payments.markAccepted(payment.paymentId(), null, clock.millis() + properties.statusCheckAfterMs());
        }
    }

    private Payment reload(Payment payment) {
        return payments.byId(payment.paymentId()).orElse(payment);
    }

    /** The account at the bank that pays in or receives: one per user in this venue. */
    static String accountHolder(Payment payment) {
        return "user-" + payment.userId();
    }
}
