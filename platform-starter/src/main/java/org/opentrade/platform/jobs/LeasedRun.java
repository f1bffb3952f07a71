package org.opentrade.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tick of one job: take the lease or do nothing, run the job, give the lease back (kept until lockAtLeastFor).
 * A run that outlived lockAtMostFor does not give it back: the lease may be another instance's by then, and
 * ShedLock's release is by name only, so it would end that instance's lease instead.
 */
final class LeasedRun {
    private static final Logger log = LoggerFactory.getLogger(LeasedRun.class);

    private final PeriodicJob job;
    private final JobSchedule schedule;
    private final LockProvider leases;
    private final Clock clock;
    private final LongSupplier nanoClock;
    private final Counter runs;
    private final Counter busy;

    LeasedRun(PeriodicJob job, LockProvider leases, MeterRegistry meters, Clock clock, LongSupplier nanoClock) {
        this.job = job;
        this.schedule = job.schedule();
        this.leases = leases;
        this.clock = clock;
        this.nanoClock = nanoClock;
        this.runs = Counter.builder("opentrade.job.runs").tag("job", schedule.name())
                .description("runs of this job by this instance (it held the job's lease)").register(meters);
        this.busy = Counter.builder("opentrade.job.lease.busy").tag("job", schedule.name())
                .description("ticks that found the job's lease taken (by another instance, or too soon)")
                .register(meters);
    }

    JobSchedule schedule() {
        return schedule;
    }

    /** Runs the job if this instance takes its lease; true when it ran. Never throws. */
    boolean tick() {
        long startedNanos = nanoClock.getAsLong();
        Optional<SimpleLock> lease;
        try {
            lease = leases.lock(new LockConfiguration(clock.instant(), schedule.name(),
                    Duration.ofMillis(schedule.lockAtMostForMs()), Duration.ofMillis(schedule.lockAtLeastForMs())));
        } catch (RuntimeException e) {
            log.warn("job {}: lease not available: {}", schedule.name(), e.toString());
            return false;
        }
        if (lease.isEmpty()) {
            busy.increment();
            return false;
        }
        JobLease held = new JobLease(schedule, startedNanos, nanoClock);
        runs.increment();
        try {
            job.run(held);
        } catch (RuntimeException e) {
            log.warn("job {} failed, runs again next period: {}", schedule.name(), e.toString());
        } finally {
            release(lease.get(), held);
        }
        return true;
    }

    private void release(SimpleLock lease, JobLease held) {
        if (held.overran()) {
            log.warn("job {} ran {} ms, past its lease of {} ms: the lease is left to expire", schedule.name(),
                    held.elapsedMs(), schedule.lockAtMostForMs());
            return;
        }
        try {
            lease.unlock();
        } catch (RuntimeException e) {
            log.warn("job {}: lease not released, it expires by itself: {}", schedule.name(), e.toString());
        }
    }
}
