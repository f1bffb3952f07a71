package org.opentrade.risk.domain.monitoring;

/** An order that ended canceled, by its user or by the venue. */
public record OrderCanceledSeen(String eventId, long userId, String symbol, String orderId, long timeMs)
        implements MonitoredEvent {
    public OrderCanceledSeen {
        Bounds.requireEventId(eventId);
        Bounds.requireNonNull("symbol", symbol);
    }
}
