package org.opentrade.trade.domain.matching.event;

import java.util.Objects;

import org.opentrade.trade.domain.matching.MatchResultCode;

/**
 * The order never entered the book and nothing traded; whatever the service froze for it is to
 * be released in full.
 */
public record OrderRejected(long orderId, long userId, MatchResultCode reason) implements EngineEvent {

    public OrderRejected {
        Objects.requireNonNull(reason, "reason");
        if (reason == MatchResultCode.OK) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }
}
