package org.opentrade.risk.domain.monitoring;

/**
 * Wash trading: {@code roundTripsMin} round trips between the same two users at one price within {@code windowMs}
 * (A buys from B, and B buys from A; a self-trade is a round trip on its own).
 */
public record WashTradingRule(boolean enabled, long windowMs, int roundTripsMin, Severity severity) {
    public static final String NAME = "washTrading";
    public static final WashTradingRule DEFAULT = new WashTradingRule(true, 60_000, 3, Severity.SEVERE);

    public WashTradingRule {
        Bounds.requireWithin("windowMs", windowMs, 1, Bounds.WINDOW_MS_MAX);
        Bounds.requirePositive("roundTripsMin", roundTripsMin);
        Bounds.requireNonNull("severity", severity);
    }
}
