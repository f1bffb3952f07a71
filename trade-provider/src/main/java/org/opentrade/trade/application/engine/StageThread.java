package org.opentrade.trade.application.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stage of a symbol's pipeline on its own thread: takes what waits in its bounded input queue (up to
 * {@code drainMax} items at once, so a busy stage works in bigger batches) and hands it to its work. Between
 * batches, and at least every {@code IDLE_POLL_MS}, it runs {@code between} (inspections of the book). A failure
 * is reported once to {@code onFailure}, with the items the stage held, and ends the thread: the pipeline then
 * stops as a whole.
 */
final class StageThread<T> {
    private static final Logger log = LoggerFactory.getLogger(StageThread.class);
    static final long IDLE_POLL_MS = 200;

    private final String name;
    private final BlockingQueue<T> input;
    private final int drainMax;
    private final Consumer<List<T>> work;
    private final Runnable between;
    private final BiConsumer<RuntimeException, List<T>> onFailure;
    private volatile boolean running;
    private Thread thread;

    StageThread(String name, BlockingQueue<T> input, int drainMax, Consumer<List<T>> work, Runnable between,
                BiConsumer<RuntimeException, List<T>> onFailure) {
        this.name = name;
        this.input = input;
        this.drainMax = drainMax;
        this.work = work;
        this.between = between;
        this.onFailure = onFailure;
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.start();
    }

    void stop() {
        running = false;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        List<T> batch = new ArrayList<>(drainMax);
        while (running) {
            try {
                T first = input.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
                between.run();
                if (first == null) {
                    continue;
                }
                batch.add(first);
                input.drainTo(batch, drainMax - 1);
                work.accept(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                if (running) {
                    log.error("{}: stage failed; the pipeline stops and a restart recovers it from the log", name, e);
                    running = false;
                    onFailure.accept(e instanceof RuntimeException r ? r : new IllegalStateException(e),
                            List.copyOf(batch));
                }
                return;
            } finally {
                batch.clear();
            }
        }
    }
}
