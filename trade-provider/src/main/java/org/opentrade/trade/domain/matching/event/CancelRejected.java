package org.opentrade.trade.domain.matching.event;

import java.util.Objects;

import org.opentrade.trade.domain.matching.MatchResultCode;

/** A cancel that changed nothing, e.g. the order is unknown, already done, or not the caller's. */
public record CancelRejected(long orderId, long userId, MatchResultCode reason) implements EngineEvent {

    public CancelRejected {
        Objects.requireNonNull(reason, "reason");
        if (reason == MatchResultCode.OK) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }
}
