package org.opentrade.user.application.session;

import java.time.Clock;
import java.time.Duration;

import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.opentrade.platform.jobs.Sweep;
import org.opentrade.user.application.port.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deletes sessions a day after they expired (their tokens are refused by their own expiry by then), in bounded
 * batches, so the session table holds about one day of logins. One instance at a time runs it (job
 * {@value #JOB}); a lease that expired on a crash lets the next instance take over within the period.
 */
@Component
public class ExpiredSessions implements PeriodicJob {
    static final String JOB = "expired-sessions";
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
    static final int BATCH_SIZE_MAX = 1_000;
    static final int BATCHES_PER_RUN_MAX = 50;
    private static final Logger log = LoggerFactory.getLogger(ExpiredSessions.class);

    private final Sessions sessions;
    private final Clock clock = Clock.systemUTC();
    private final JobSchedule schedule;

    public ExpiredSessions(Sessions sessions,
                           @Value("${opentrade.auth.session-purge-initial-delay-ms:60000}") long initialDelayMs,
                           @Value("${opentrade.auth.session-purge-interval-ms:3600000}") long periodMs) {
        this.sessions = sessions;
        // hourly and in no hurry: after a crash the next instance takes over within one period
        this.schedule = JobSchedule.of(JOB, initialDelayMs, periodMs, periodMs);
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run(JobLease lease) {
        purge(lease);
    }

    public void purge(JobLease lease) {
        long purged = Sweep.inBatches(lease, BATCH_SIZE_MAX, BATCHES_PER_RUN_MAX, size ->
                sessions.purgeExpired(clock.instant().minus(KEPT_AFTER_EXPIRY), size));
        if (purged > 0) {
            log.info("purged {} sessions expired more than {} ago", purged, KEPT_AFTER_EXPIRY);
        }
    }
}
