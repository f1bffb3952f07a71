package org.opentrade.trade.domain.matching.event;

/**
 * A resting order now has {@code price} and total {@code quantity}, {@code remainingQuantity} of it untraded (as
 * amended, before any trade the amend caused), and holds {@code reservedAmount} in all (what its fills consumed
 * included). Of the {@code holdAdded} frozen for the amend beforehand, {@code releasedAmount} is to be released; when
 * the order needs less than before, that includes what it no longer needs, so released can exceed holdAdded.
 * {@code priorityKept}: the order kept its place in its queue (quantity reduced at the same price, or no change);
 * otherwise it was queued again at the back of its level, or traded at once.
 */
public record OrderAmended(
        long orderId,
        long userId,
        long amendId,
        long price,
        long quantity,
        long remainingQuantity,
        long reservedAmount,
        long holdAdded,
        long releasedAmount,
        boolean priorityKept) implements EngineEvent {
}
