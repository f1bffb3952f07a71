package org.opentrade.trade.application.engine;

import org.opentrade.trade.domain.matching.ExecutionResult;
import org.opentrade.trade.domain.order.OrderUpdate;

/**
 * What a command did, once its batch's outputs are durable: the engine's result, and the state of the command's
 * order at the end of its batch (null for a cancel or an amend the engine refused: the order did not change).
 */
public record CommandOutcome(ExecutionResult result, OrderUpdate order) {
}
