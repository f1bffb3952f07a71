package org.opentrade.trade.domain.order;

import java.util.Optional;

import org.opentrade.trade.domain.matching.event.AmendRejected;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAmended;

/**
 * What the engine did with one amend, in absolute terms (writing it twice changes nothing): APPLIED or REFUSED, why
 * (refused only), and how much of the amend's hold reference is to be released: the unused part of what was frozen
 * for it, plus what the order no longer needs; all of it when refused.
 */
public record AmendOutcome(long amendId, long orderId, long userId, AmendStatus status, String reason,
                           long releaseAmount) {

    /** The outcome an engine event reports, if it is about an amend. */
    public static Optional<AmendOutcome> of(EngineEvent event) {
        if (event instanceof OrderAmended a) {
            return Optional.of(new AmendOutcome(a.amendId(), a.orderId(), a.userId(), AmendStatus.APPLIED, null,
                    a.releasedAmount()));
        }
        if (event instanceof AmendRejected r) {
            return Optional.of(new AmendOutcome(r.amendId(), r.orderId(), r.userId(), AmendStatus.REFUSED,
                    r.reason().name(), r.holdAdded()));
        }
        return Optional.empty();
    }
}
