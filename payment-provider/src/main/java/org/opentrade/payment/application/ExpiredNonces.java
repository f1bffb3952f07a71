package org.opentrade.payment.application;

import java.time.Clock;

import org.opentrade.payment.application.port.Nonces;
import org.opentrade.payment.domain.NotificationWindow;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.opentrade.platform.jobs.Sweep;
import org.springframework.stereotype.Component;

/**
 * Forgets the nonces of bank notifications older than twice the timestamp window: a replay that old fails the
 * timestamp check before its nonce is looked at. One instance at a time (job {@value #JOB}).
 */
@Component
class ExpiredNonces implements PeriodicJob {
    static final String JOB = "expired-nonces";
    static final long PERIOD_MS = 60_000;
    /** One batch is one indexed DELETE; two minutes is generous and bounds a take-over after a crash. */
    static final long LOCK_AT_MOST_FOR_MS = 120_000;
    static final int BATCH_SIZE_MAX = 1_000;
    static final int BATCHES_PER_RUN_MAX = 10;

    private final Nonces nonces;
    private final NotificationWindow window;
    private final Clock clock;

    ExpiredNonces(Nonces nonces, PaymentProperties properties, Clock clock) {
        this.nonces = nonces;
        this.window = new NotificationWindow(properties.bank().notificationWindowMs());
        this.clock = clock;
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.of(JOB, PERIOD_MS, PERIOD_MS, LOCK_AT_MOST_FOR_MS);
    }

    @Override
    public void run(JobLease lease) {
        long before = clock.millis() - window.nonceRetentionMs();
        Sweep.inBatches(lease, BATCH_SIZE_MAX, BATCHES_PER_RUN_MAX, size -> nonces.forgetBefore(before, size));
    }
}
