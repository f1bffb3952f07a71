package org.opentrade.risk.domain.monitoring;

/** A withdrawal accepted and debited, before the bank is asked; {@code amount} in 10^-8 units of {@code asset}. */
public record WithdrawalSeen(String eventId, long userId, String asset, long amount, long timeMs)
        implements MonitoredEvent {
    public WithdrawalSeen {
        Bounds.requireEventId(eventId);
        Bounds.requireNonNull("asset", asset);
        Bounds.requirePositive("amount", amount);
    }
}
