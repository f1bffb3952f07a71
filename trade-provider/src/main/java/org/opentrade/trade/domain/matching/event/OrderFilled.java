package org.opentrade.trade.domain.matching.event;

/**
 * The order's whole quantity traded. {@code releasedAmount} is the part of its hold that no
 * fill consumed (a BUY's price improvement and unused fee headroom; always 0 for a SELL).
 */
public record OrderFilled(long orderId, long userId, long releasedAmount) implements EngineEvent {
}
