package org.opentrade.api.fund;

import java.io.Serializable;

import org.opentrade.api.ErrorCode;

/**
 * The outcome of one item of a batched money call, in the order of the request. {@code refusal} is null when the
 * item's effect is in the ledger (applied now, or by an earlier call with the same reference and content);
 * otherwise it names the business refusal (INSUFFICIENT_FUNDS, USER_FROZEN, REFERENCE_CONFLICT, INVALID_AMOUNT,
 * UNKNOWN_ASSET) and nothing of that item changed. A whole batch that could not be run (fund-provider or its
 * database unreachable) is an exception instead, and its outcome is unknown: repeat it (every item is idempotent).
 */
public record MovementResult(String reference, ErrorCode refusal) implements Serializable {

    public static MovementResult done(String reference) {
        return new MovementResult(reference, null);
    }

    public static MovementResult refused(String reference, ErrorCode refusal) {
        return new MovementResult(reference, refusal);
    }

    public boolean isDone() {
        return refusal == null;
    }
}
