package org.opentrade.banksandbox.domain;

import java.util.Map;

/**
 * How the bank misbehaves right now, set by tests through the admin API. Every number has a bound, so a test
 * cannot make the sandbox hold work forever.
 *
 * @param outcome                what settling makes of a transfer
 * @param outcomeByReference     per merchant reference, wins over {@code outcome}
 * @param callbackDelayMs        from acceptance to settlement and the first callback
 * @param callbackJitterMs       up to this much is added to the delay at random
 * @param callbackCopies         each callback is delivered this many times (duplicates)
 * @param outOfOrderBatch        0 or 1: callbacks go out as they settle; N: held until N have settled, then sent
 *                               newest first (held ones are released anyway after a bounded wait)
 * @param outage                 payment and payout requests are answered 503
 * @param smsOutage              SMS messages are answered 503
 * @param lateCallback           use {@code lateCallbackDelayMs} instead of the normal delay
 * @param lateCallbackDelayMs    the delay of a late callback, meant to be beyond the merchant's patience
 * @param callbackBeforeResponse settle at once and deliver the first callback before answering the request
 */
public record Behaviour(
        Outcome outcome,
        Map<String, Outcome> outcomeByReference,
        long callbackDelayMs,
        long callbackJitterMs,
        int callbackCopies,
        int outOfOrderBatch,
        boolean outage,
        boolean smsOutage,
        boolean lateCallback,
        long lateCallbackDelayMs,
        boolean callbackBeforeResponse) {

    public static final int OUTCOME_OVERRIDES_MAX = 1_000;
    public static final long CALLBACK_DELAY_MS_MAX = 60_000;
    public static final long CALLBACK_JITTER_MS_MAX = 10_000;
    public static final int CALLBACK_COPIES_MAX = 10;
    public static final int OUT_OF_ORDER_BATCH_MAX = 100;
    public static final long LATE_CALLBACK_DELAY_MS_MAX = 600_000;

    /** Success, called back once within about 1-1.5 s: what the local stack runs with. */
    public static final Behaviour DEFAULT = new Behaviour(Outcome.SUCCEED, Map.of(), 1_000, 500, 1, 0,
            false, false, false, 30_000, false);

    public Behaviour {
        if (outcome == null) {
            throw new InvalidInput("INVALID_BEHAVIOUR", "outcome must be SUCCEED or FAIL");
        }
        outcomeByReference = Map.copyOf(outcomeByReference == null ? Map.of() : outcomeByReference);
        if (outcomeByReference.size() > OUTCOME_OVERRIDES_MAX) {
            throw new InvalidInput("INVALID_BEHAVIOUR", "outcomeByReference holds at most " + OUTCOME_OVERRIDES_MAX);
        }
        requireBetween("callbackDelayMs", callbackDelayMs, 0, CALLBACK_DELAY_MS_MAX);
        requireBetween("callbackJitterMs", callbackJitterMs, 0, CALLBACK_JITTER_MS_MAX);
        requireBetween("callbackCopies", callbackCopies, 1, CALLBACK_COPIES_MAX);
        requireBetween("outOfOrderBatch", outOfOrderBatch, 0, OUT_OF_ORDER_BATCH_MAX);
        requireBetween("lateCallbackDelayMs", lateCallbackDelayMs, 0, LATE_CALLBACK_DELAY_MS_MAX);
    }

    public Outcome outcomeFor(String merchantReference) {
        return outcomeByReference.getOrDefault(merchantReference, outcome);
    }

    /** The delay before settlement, {@code random} in [0, 1) picking the jitter. */
    public long settlementDelayMs(double random) {
        if (lateCallback) {
            return lateCallbackDelayMs;
        }
        return callbackDelayMs + (long) (random * callbackJitterMs);
    }

    public boolean reordersCallbacks() {
        return outOfOrderBatch > 1;
    }

    private static void requireBetween(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidInput("INVALID_BEHAVIOUR", name + " must be between " + min + " and " + max);
        }
    }
}
