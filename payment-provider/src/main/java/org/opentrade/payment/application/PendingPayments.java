package org.opentrade.payment.application;

import java.time.Clock;

import org.opentrade.payment.domain.Payments;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drives every PENDING payment to its end after a crash, an outage or a lost notification: each pass takes the
 * payments whose next bank step is due (bounded batch), claims each one (so two workers never send the same step
 * at once) and runs the step. One instance at a time sweeps (job {@value #JOB}), and it starts a step only while its
 * lease has time; the per-payment claim stays the fence of each step.
 */
@Component
class PendingPayments implements PeriodicJob {
    static final String JOB = "pending-payments";
    static final long INITIAL_DELAY_MS = 5_000;
    /** A step is one bank call bounded by its timeout: the lease is four of them (half to start steps, half spare). */
    static final int LEASE_BANK_TIMEOUTS = 4;
    private static final Logger log = LoggerFactory.getLogger(PendingPayments.class);

    private final Payments payments;
    private final BankRequests requests;
    private final PaymentProperties properties;
    private final Clock clock;
    private final JobSchedule schedule;

    PendingPayments(Payments payments, BankRequests requests, PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
        long periodMs = properties.retry().sweepMs();
        this.schedule = JobSchedule.of(JOB, INITIAL_DELAY_MS, periodMs,
                Math.max(periodMs, LEASE_BANK_TIMEOUTS * properties.bank().timeoutMs()));
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run(JobLease lease) {
        try {
            long now = clock.millis();
            for (Payments.DueStep due : payments.due(now, properties.retry().batchSizeMax())) {
                if (!lease.hasTime()) {
                    return;
                }
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
