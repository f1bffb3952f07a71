package org.opentrade.payment.application;

import java.time.Clock;

import org.opentrade.payment.domain.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drives every PENDING payment to its end after a crash, an outage or a lost notification: each pass takes the
 * payments whose next bank step is due (bounded batch), claims each one (so two workers never send the same step
 * at once) and runs the step.
 */
@Component
class PendingPayments {
    private static final Logger log = LoggerFactory.getLogger(PendingPayments.class);

    private final Payments payments;
    private final BankRequests requests;
    private final PaymentProperties properties;
    private final Clock clock;

    PendingPayments(Payments payments, BankRequests requests, PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${opentrade.payment.retry.sweep-ms}", initialDelay = 5_000)
    void sweep() {
        try {
            long now = clock.millis();
            for (Payments.DueStep due : payments.due(now, properties.retry().batchSizeMax())) {
                if (payments.claim(due.payment().paymentId(), due.nextAttemptAtEpochMs(),
                        now + properties.bank().requestLeaseMs())) {
                    requests.step(due.payment());
                }
            }
        } catch (RuntimeException e) {
            log.warn("pending payments pass failed: {}", e.toString());
        }
    }
}
