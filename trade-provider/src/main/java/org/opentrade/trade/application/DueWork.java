package org.opentrade.trade.application;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single background thread that drains a table of due work: at once when nudged (after an engine batch) and
 * every {@code pollMs} anyway (what a crash or a failed call left behind). {@code drainOnce} returns how many items
 * it completed; a full page means there is more, so it runs again; a failure waits for the next poll.
 */
public final class DueWork {

    private static final Logger log = LoggerFactory.getLogger(DueWork.class);
    private static final int ROUNDS_PER_RUN_MAX = 50;

    private final String name;
    private final IntSupplier drainOnce;
    private final int pageSize;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean nudged = new AtomicBoolean();

    public DueWork(String name, IntSupplier drainOnce, int pageSize, long pollMs) {
        this.name = name;
        this.drainOnce = drainOnce;
        this.pageSize = pageSize;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::run, pollMs, pollMs, TimeUnit.MILLISECONDS);
    }

    public void nudge() {
        if (nudged.compareAndSet(false, true)) {
            thread.execute(this::run);
        }
    }

    private void run() {
        nudged.set(false);
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
