package org.opentrade.payment.domain;

/**
 * Bank requests are retried with doubling back-off, bounded: at most {@code attemptsMax} requests, waits from
 * {@code firstBackoffMs} doubling up to {@code backoffMaxMs}.
 */
public record RetryPolicy(int attemptsMax, long firstBackoffMs, long backoffMaxMs) {

    public RetryPolicy {
        if (attemptsMax < 1 || firstBackoffMs < 1 || backoffMaxMs < firstBackoffMs) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    /** Wait after the given failed attempt (1-based). */
    public long backoffMs(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        return Math.min(backoffMaxMs, firstBackoffMs << doublings);
    }

    public boolean exhausted(int attempts) {
        return attempts >= attemptsMax;
    }
}
