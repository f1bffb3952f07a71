package org.opentrade.risk.domain.monitoring;

/** A deposit credited to the user's account; {@code amount} in 10^-8 units of {@code asset}. */
public record DepositSeen(String eventId, long userId, String asset, long amount, long timeMs)
        implements MonitoredEvent {
    public DepositSeen {
        Bounds.requireEventId(eventId);
        Bounds.requireNonNull("asset", asset);
        Bounds.requirePositive("amount", amount);
    }
}
