package org.opentrade.banksandbox.application;

import java.util.OptionalLong;

/** Exponential backoff with a bounded count and a bounded window: a merchant that never answers is given up on. */
public record RetryPolicy(int attemptsMax, long backoffInitialMs, long backoffMaxMs, long retryWindowMs) {

    private static final int DOUBLINGS_MAX = 30;

    /**
     * @param attemptsDone attempts made so far (at least 1)
     * @param elapsedMs    since the first attempt started
     * @return how long to wait before the next attempt, or empty when there is none
     */
    public OptionalLong nextDelayMs(int attemptsDone, long elapsedMs) {
        if (attemptsDone >= attemptsMax) {
            return OptionalLong.empty();
        }
        int doublings = Math.min(attemptsDone - 1, DOUBLINGS_MAX);
        long delayMs = Math.min(backoffMaxMs, backoffInitialMs << doublings);
        if (delayMs < 0 || elapsedMs + delayMs > retryWindowMs) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(delayMs);
    }
}
