package org.opentrade.trade.domain.matching.command;

/** Cancel a resting order; only its owner may, anyone else is told it does not exist. */
public record CancelOrder(long orderId, long userId) implements EngineCommand {
}
