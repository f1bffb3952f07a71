package org.opentrade.trade.domain.matching.event;

import java.util.Objects;

import org.opentrade.trade.domain.matching.MatchResultCode;

/**
 * An amend that changed nothing: the order is gone (filled, canceled) or not the caller's, the new terms are invalid,
 * or the order needs more than was frozen for the amend. The whole {@code holdAdded} is to be released.
 */
public record AmendRejected(long orderId, long userId, long amendId, MatchResultCode reason, long holdAdded)
        implements EngineEvent {

    public AmendRejected {
        Objects.requireNonNull(reason, "reason");
        if (reason == MatchResultCode.OK) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }
}
