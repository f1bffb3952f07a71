package org.opentrade.payment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The payment records (table {@code payments}). Reads that decide something read the primary. */
public interface Payments {
    /** The payment if it exists and belongs to this user; another user's payment is as good as missing. */
    Optional<Payment> ofUser(long userId, String paymentId);

    Optional<Payment> byId(String paymentId);

    /** Several at once (reconciliation), missing ids left out. */
    List<Payment> byIds(Collection<String> paymentIds);

    Optional<Payment> byIdempotencyKey(long userId, String idempotencyKey);

    /** Inserts a new payment; false when the user's idempotency key is taken (a duplicate request). */
    boolean insert(Payment payment, String idempotencyKey, long firstAttemptAtEpochMs);

    /** The bank took the request; false when the payment is no longer PENDING. */
    boolean markAccepted(String paymentId, String bankReference, long statusCheckAtEpochMs);

    /** Another bank attempt later; uncertain sticks once set. */
    void scheduleRetry(String paymentId, int attempts, boolean uncertain, long nextAttemptAtEpochMs);

    /** PENDING -> final, once: false when another caller finished it first. */
    boolean finish(String paymentId, PaymentStatus status, String reason, long nowEpochMs);

    /** PENDING payments whose next bank step (request, or status check once accepted) is due, oldest first. */
    List<DueStep> due(long nowEpochMs, int limit);

    /** Takes a due payment for this worker: moves its next attempt time if it is still the one read. */
    boolean claim(String paymentId, long expectedNextAttemptAtEpochMs, long leaseUntilEpochMs);

    /** Withdrawal held by its global transaction -> READY (confirm) or gone (cancel): both idempotent. */
    boolean release(String paymentId, long nextAttemptAtEpochMs);

    boolean deleteHeld(String paymentId);

    /** Payments settled in [from, to), at most limit. */
    List<Payment> settledBetween(long fromEpochMs, long toEpochMs, int limit);

    /** A payment whose bank step is due, and the due time read (for {@link #claim}). */
    record DueStep(Payment payment, long nextAttemptAtEpochMs) {
    }
}
