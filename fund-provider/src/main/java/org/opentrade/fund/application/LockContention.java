package org.opentrade.fund.application;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs a local database transaction again when InnoDB chose it as a deadlock victim or a lock wait timed out:
 * bounded attempts with a short randomized back-off, each attempt from the start. Concurrent postings on one
 * shard's hot rows (the clearing accounts) make this happen now and then; it never reaches a client unless the
 * contention outlasts every attempt.
 */
public final class LockContention {
    public static final int ATTEMPTS_MAX = 8;
    static final long BACKOFF_STEP_MS = 15;

    private LockContention() {
    }

    public static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (PessimisticLockingFailureException contention) {
                if (attempt >= ATTEMPTS_MAX) {
                    throw contention;
                }
                backOff(attempt);
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(BACKOFF_STEP_MS * attempt) + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a ledger transaction", e);
        }
    }
}
