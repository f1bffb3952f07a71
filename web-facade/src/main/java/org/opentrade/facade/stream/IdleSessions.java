package org.opentrade.facade.stream;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/** Closes sessions that stopped talking (checked every {@link #SWEEP_MS}); on shutdown closes all with 1001. */
final class IdleSessions implements SmartLifecycle {
    static final long SWEEP_MS = 5_000;

    private final StreamHub hub;
    private ScheduledExecutorService sweeper;

    IdleSessions(StreamHub hub) {
        this.hub = hub;
    }

    @Override
    public synchronized void start() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stream-idle-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> hub.closeIdle(System.currentTimeMillis()), SWEEP_MS, SWEEP_MS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
        hub.closeAll(StreamCloseStatus.GOING_AWAY, "server shutting down");
    }

    @Override
    public synchronized boolean isRunning() {
        return sweeper != null;
    }
}
