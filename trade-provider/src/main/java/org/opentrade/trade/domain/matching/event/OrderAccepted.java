package org.opentrade.trade.domain.matching.event;

import org.opentrade.trade.domain.matching.OrderType;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.TimeInForce;

/**
 * The order passed validation and now holds {@code reservedAmount} (quote for a BUY, base for a
 * SELL; see {@code Reservation}). {@code limitPrice} is the effective worst price: the limit of a
 * LIMIT order, the protection price of a MARKET order.
 */
public record OrderAccepted(
        long orderId,
        long userId,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        long limitPrice,
        long quantity,
        long reservedAmount) implements EngineEvent {
}
