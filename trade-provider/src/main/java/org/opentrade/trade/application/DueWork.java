package org.opentrade.trade.application;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single background thread that drains a table of due work: soon after a nudge (an engine batch left work) and
 * every {@code pollMs} anyway (what a crash or a failed call left behind). Nudges that arrive while a run is due
 * or under way fold into it, and runs start at least {@code gapMs} apart, so under load one run takes the work of
 * many batches in one page: the cost of finding and marking due rows is paid per page, not per batch.
 * {@code drainOnce} returns how many items it completed; a full page means there is more, so it runs again; a
 * failure waits for the next poll.
 */
public final class DueWork {

    private static final Logger log = LoggerFactory.getLogger(DueWork.class);
    private static final int ROUNDS_PER_RUN_MAX = 50;
    /** The default gap between runs: a bound on how late settlement, releases and events are under load. */
    public static final long GAP_MS = 50;

    private final String name;
    private final IntSupplier drainOnce;
    private final int pageSize;
    private final long gapMs;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile long lastRunNanos = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

    public DueWork(String name, IntSupplier drainOnce, int pageSize, long pollMs) {
        this(name, drainOnce, pageSize, pollMs, GAP_MS);
    }

    public DueWork(String name, IntSupplier drainOnce, int pageSize, long pollMs, long gapMs) {
        this.name = name;
        this.drainOnce = drainOnce;
        this.pageSize = pageSize;
        this.gapMs = gapMs;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::run, pollMs, pollMs, TimeUnit.MILLISECONDS);
    }

    public void nudge() {
        if (nudged.compareAndSet(false, true)) {
            long sinceLastMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastRunNanos);
            thread.schedule(this::run, Math.max(0, gapMs - sinceLastMs), TimeUnit.MILLISECONDS);
        }
    }

    private void run() {
        nudged.set(false);
        lastRunNanos = System.nanoTime();
        try {
            for (int round = 0; round < ROUNDS_PER_RUN_MAX; round++) {
                if (drainOnce.getAsInt() < pageSize) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("{}: will retry: {}", name, e.toString());
        }
    }

    public void stop() {
        thread.shutdownNow();
    }
}
