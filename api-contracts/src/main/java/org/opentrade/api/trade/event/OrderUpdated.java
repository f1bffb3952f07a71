package org.opentrade.api.trade.event;

import java.io.Serializable;

/**
 * The latest state of one order after the engine command {@code sequence} of its symbol. Intermediate states may
 * be skipped (a consumer sees the newest); a consumer keeps, per orderId, the event with the highest sequence.
 * Amounts in 10^-8 units.
 */
public record OrderUpdated(String eventId, String orderId, long userId, String clientOrderId, String symbol,
                           String side, String status, long price, long quantity, long filledQuantity,
                           String rejectReason, long sequence, long timeEpochMs) implements Serializable {
}
