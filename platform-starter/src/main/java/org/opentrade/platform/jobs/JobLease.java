package org.opentrade.platform.jobs;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What a running job knows of its lease. Time is measured on this process's monotonic clock from just before the
 * lease was asked for: the database stamped it "taken until now + lockAtMostFor" after that moment, so the lease
 * cannot have passed to another instance before {@link #startedNanos} + lockAtMostFor.
 */
public final class JobLease {
    private final JobSchedule schedule;
    private final long startedNanos;
    private final LongSupplier nanoClock;

    JobLease(JobSchedule schedule, long startedNanos, LongSupplier nanoClock) {
        this.schedule = schedule;
        this.startedNanos = startedNanos;
        this.nanoClock = nanoClock;
    }

    /** A lease for calling a job's logic directly (tests, an operator's on-demand run): its time never runs out. */
    public static JobLease unbounded(String name) {
        return new JobLease(new JobSchedule(name, 0, Long.MAX_VALUE, Long.MAX_VALUE, 0), System.nanoTime(),
                System::nanoTime);
    }

    public String jobName() {
        return schedule.name();
    }

    /** True while the run may start another write batch: less than half of lockAtMostFor has passed. */
    public boolean hasTime() {
        return elapsedMs() < schedule.workBudgetMs();
    }

    /** True when the lease may already have expired, and so have been taken by another instance. */
    boolean overran() {
        return elapsedMs() >= schedule.lockAtMostForMs();
    }

    long elapsedMs() {
        return TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong() - startedNanos);
    }
}
