package org.opentrade.api.trade;

import java.io.Serializable;

/**
 * An order as its owner sees it. {@code status} is one of NEW, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED
 * (PENDING only for the moment between the hold and the engine's answer); {@code rejectReason} names why a
 * REJECTED order was refused (or why an order was canceled by the venue), else null. Amounts in 10^-8 units.
 */
public record OrderView(String orderId, long userId, String clientOrderId, String symbol, String side, String type,
                        String timeInForce, long price, long quantity, long filledQuantity, boolean postOnly,
                        String status, String rejectReason, long createdAtEpochMs) implements Serializable {

    public boolean open() {
        return "NEW".equals(status) || "PARTIALLY_FILLED".equals(status);
    }
}
