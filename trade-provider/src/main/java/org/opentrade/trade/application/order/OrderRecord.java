package org.opentrade.trade.application.order;

import org.opentrade.api.trade.OrderView;
import org.opentrade.api.trade.PlaceOrderCommand;
import org.opentrade.trade.domain.order.OrderStatus;

/** An order as stored. {@code reserved} of {@code reserveAsset} is frozen for it under the reference "order-{id}". */
public record OrderRecord(long orderId, long userId, String clientOrderId, String symbol, String side, String type,
                          String timeInForce, boolean postOnly, long price, long quantity, long filledQuantity,
                          String reserveAsset, long reserved, OrderStatus status, String rejectReason,
                          long createdAtMs) {

    public static String holdReference(long orderId) {
        return "order-" + orderId;
    }

    /**
     * Whether {@code command} asks for this same order (a retry of its clientOrderId). A MARKET BUY stores the
     * protection price it reserved at, so for MARKET orders the price is not compared.
     */
    public boolean requestedBy(PlaceOrderCommand command) {
        return symbol.equals(command.symbol()) && side.equals(command.side()) && type.equals(command.type())
                && timeInForce.equals(command.timeInForce()) && postOnly == command.postOnly()
                && quantity == command.quantity() && (price == command.price() || "MARKET".equals(type));
    }

    public OrderView view() {
        return new OrderView(Long.toString(orderId), userId, clientOrderId, symbol, side, type, timeInForce, price,
                quantity, filledQuantity, postOnly, status.name(), rejectReason, createdAtMs);
    }
}
