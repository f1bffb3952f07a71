package org.opentrade.trade.domain.matching.command;

import java.util.Objects;

import org.opentrade.trade.domain.matching.OrderType;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.TimeInForce;

/**
 * Place an order. Ids come from the service (unique per venue, positive).
 *
 * <p>{@code price} is the limit price of a LIMIT order. For a MARKET order it is optional
 * (0 = none): a service that freezes funds before the order reaches the engine passes the
 * protection price it reserved at (from {@code MatchingEngine.marketProtectionPrice}); the engine
 * then trades within the tighter of that price and its own protection price at arrival, so a
 * MARKET BUY can never spend more than was frozen.
 *
 * <p>Business validation (tick, step, ranges, combinations) is the engine's, answered with a
 * result code; only missing enums are programming errors here.
 */
public record PlaceOrder(
        long orderId,
        long userId,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        boolean postOnly,
        long price,
        long quantity) implements EngineCommand {

    public PlaceOrder {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
    }
}
