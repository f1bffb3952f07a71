package org.opentrade.trade.domain.order;

import org.opentrade.api.trade.OrderView;
import org.opentrade.api.trade.PlaceOrderCommand;

/**
 * An order as stored. {@code reserved} of {@code reserveAsset} is its whole hold (what fills consumed included), frozen
 * under the reference "order-{id}" and, after amends, partly under theirs ({@link HoldReferences}).
 */
public record OrderRecord(long orderId, long userId, String clientOrderId, String symbol, String side, String type,
                          String timeInForce, boolean postOnly, long price, long quantity, long filledQuantity,
                          String reserveAsset, long reserved, OrderStatus status, String rejectReason,
                          long createdAtMs) {

    /**
     * Whether {@code command} asks for this same order (a retry of its clientOrderId). A MARKET BUY stores the
     * protection price it reserved at, so for MARKET orders the price is not compared.
     */
    public boolean requestedBy(PlaceOrderCommand command) {
        return symbol.equals(command.symbol()) && side.equals(command.side()) && type.equals(command.type())
                && timeInForce.equals(command.timeInForce()) && postOnly == command.postOnly()
                && quantity == command.quantity() && (price == command.price() || "MARKET".equals(type));
    }

    /**
     * This order as its batch left it ({@code update} is the engine's state of it at the end of the batch, with the
     * terms an amend gave it).
     */
    public OrderRecord withEngineState(OrderUpdate update) {
        OrderTerms terms = update.amended() == null ? new OrderTerms(price, quantity, reserved) : update.amended();
        long filled = update.status() == OrderStatus.REJECTED ? 0 : terms.quantity() - update.remainingQuantity();
        return new OrderRecord(orderId, userId, clientOrderId, symbol, side, type, timeInForce, postOnly,
                terms.price(), terms.quantity(), filled, reserveAsset, terms.reserved(), update.status(),
                update.reason(), createdAtMs);
    }

    /** This order refused before it reached the book. */
    public OrderRecord rejected(String reason) {
        return new OrderRecord(orderId, userId, clientOrderId, symbol, side, type, timeInForce, postOnly, price,
                quantity, 0, reserveAsset, reserved, OrderStatus.REJECTED, reason, createdAtMs);
    }

    public OrderView view() {
        return new OrderView(Long.toString(orderId), userId, clientOrderId, symbol, side, type, timeInForce, price,
                quantity, filledQuantity, postOnly, status.name(), rejectReason, createdAtMs);
    }
}
