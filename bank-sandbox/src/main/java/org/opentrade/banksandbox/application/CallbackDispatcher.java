package org.opentrade.banksandbox.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bank's delayed work on a fixed pool: settling transfers and delivering callbacks, each copy with its
 * own bounded retries. At most {@code pendingMax} copies are in flight; a request that would need more is
 * refused before anything is recorded, so every accepted transfer gets its callbacks. That also bounds the
 * scheduler's queue: one settlement task per reserved transfer, one task per copy in flight, one timer per
 * out-of-order batch.
 */
public final class CallbackDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallbackDispatcher.class);
    private static final int NONCE_BYTES = 16;

    private final ScheduledExecutorService scheduler;
    private final Semaphore copiesInFlight;
    private final CallbackSigner signer;
    private final CallbackSender sender;
    private final RetryPolicy retry;
    private final DeliveryLog deliveries;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CallbackDispatcher(ScheduledExecutorService scheduler, int pendingMax, CallbackSigner signer,
                              CallbackSender sender, RetryPolicy retry, DeliveryLog deliveries, Clock clock) {
        this.scheduler = scheduler;
        this.copiesInFlight = new Semaphore(pendingMax);
        this.signer = signer;
        this.sender = sender;
        this.retry = retry;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Room for {@code copies} deliveries, held until each has been delivered or given up on. */
    public boolean tryReserve(int copies) {
        return copiesInFlight.tryAcquire(copies);
    }

    public void release(int copies) {
        copiesInFlight.release(copies);
    }

    /** Runs {@code task} after {@code delayMs}; a task that fails is logged, never kills the pool. */
    public void schedule(Runnable task, long delayMs) {
        scheduler.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("sandbox task failed", e);
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /** Delivers copies {@code firstCopy..lastCopy} concurrently, each already reserved. */
    public void deliverCopies(OutgoingCallback callback, int firstCopy, int lastCopy) {
        for (int copy = firstCopy; copy <= lastCopy; copy++) {
            int thisCopy = copy;
            long startedMs = clock.millis();
            try {
                schedule(() -> attempt(callback, thisCopy, 1, startedMs), 0);
            } catch (RejectedExecutionException e) {
                release(1); // shutting down
            }
        }
    }

    /**
     * First attempts of copy 1 strictly one after another, in list order, so the merchant sees that order;
     * further copies and retries then go their own way.
     */
    public void deliverInOrder(List<HeldCallback> callbacks) {
        try {
            schedule(() -> {
                for (HeldCallback held : callbacks) {
                    attempt(held.callback(), 1, 1, clock.millis());
                    deliverCopies(held.callback(), 2, held.copies());
                }
            }, 0);
        } catch (RejectedExecutionException e) {
            callbacks.forEach(held -> release(held.copies())); // shutting down
        }
    }

    /** The first attempt of copy 1 in the caller's thread; retries, if any, later on the pool. */
    public void deliverFirstCopyNow(OutgoingCallback callback) {
        attempt(callback, 1, 1, clock.millis());
    }

    private void attempt(OutgoingCallback callback, int copy, int attempt, long firstAttemptAtMs) {
        long timestampMs = clock.millis();
        String nonce = newNonce();
        int status = sender.post(callback, timestampMs, nonce, signer.signature(timestampMs, nonce, callback.body()));
        if (status >= 200 && status < 300) {
            record(callback, copy, attempt, status, "DELIVERED");
            release(1);
            return;
        }
        OptionalLong waitMs = retry.nextDelayMs(attempt, clock.millis() - firstAttemptAtMs);
        if (waitMs.isEmpty()) {
            record(callback, copy, attempt, status, "GAVE_UP");
            log.warn("callback {} copy {} to {} given up after {} attempts (last answer {})",
                    callback.bankReference(), copy, callback.url(), attempt, status);
            release(1);
            return;
        }
        record(callback, copy, attempt, status, "RETRYING");
        try {
            schedule(() -> attempt(callback, copy, attempt + 1, firstAttemptAtMs), waitMs.getAsLong());
        } catch (RejectedExecutionException e) {
            release(1);
        }
    }

    private void record(OutgoingCallback callback, int copy, int attempt, int httpStatus, String next) {
        deliveries.record(new DeliveryAttempt(callback.bankReference(), callback.merchantReference(),
                callback.status(), copy, attempt, httpStatus, next, clock.instant()));
    }

    private String newNonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        sender.close();
    }
}
