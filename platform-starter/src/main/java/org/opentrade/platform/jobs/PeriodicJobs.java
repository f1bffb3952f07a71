package org.opentrade.platform.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs every {@link PeriodicJob} of the application, each on its own daemon thread (a slow job never delays
 * another), ticking with a fixed delay; each tick runs the job only under its lease ({@link LeasedRun}). Started
 * after the rest of the context, stopped before it (waiting a bounded time for a run in progress).
 */
public class PeriodicJobs implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(PeriodicJobs.class);
    static final long STOP_WAIT_MS = 5_000;

    private final List<LeasedRun> runs;
    private final List<ScheduledExecutorService> threads = new ArrayList<>();

    /** The jobs, each under its lease from {@code leases}; runs are counted in {@code meters}. */
    public static PeriodicJobs of(List<PeriodicJob> jobs, LockProvider leases, MeterRegistry meters) {
        return new PeriodicJobs(jobs.stream()
                .map(job -> new LeasedRun(job, leases, meters, Clock.systemUTC(), System::nanoTime)).toList());
    }

    PeriodicJobs(List<LeasedRun> runs) {
        Set<String> names = new HashSet<>();
        for (LeasedRun run : runs) {
            if (!names.add(run.schedule().name())) {
                throw new IllegalStateException("two periodic jobs share the lease name " + run.schedule().name());
            }
        }
        this.runs = List.copyOf(runs);
    }

    @Override
    public synchronized void start() {
        for (LeasedRun run : runs) {
            JobSchedule schedule = run.schedule();
            ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "job-" + schedule.name());
                t.setDaemon(true);
                return t;
            });
            thread.scheduleWithFixedDelay(run::tick, schedule.initialDelayMs(), schedule.periodMs(),
                    TimeUnit.MILLISECONDS);
            threads.add(thread);
            log.info("job {}: every {} ms under a lease of {}..{} ms", schedule.name(), schedule.periodMs(),
                    schedule.lockAtLeastForMs(), schedule.lockAtMostForMs());
        }
    }

    @Override
    public synchronized void stop() {
        threads.forEach(ScheduledExecutorService::shutdown);
        long deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MS);
        try {
            for (ScheduledExecutorService thread : threads) {
                thread.awaitTermination(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        threads.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !threads.isEmpty();
    }
}
