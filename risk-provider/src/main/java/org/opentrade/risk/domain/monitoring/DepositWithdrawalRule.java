package org.opentrade.risk.domain.monitoring;

/**
 * Money passing through: a withdrawal of an asset within {@code windowMs} after a deposit of it, of at least
 * {@code fractionPercent} % of that deposit, the user having traded nothing in between.
 */
public record DepositWithdrawalRule(boolean enabled, long windowMs, int fractionPercent, Severity severity) {
    public static final String NAME = "depositWithdrawal";
    public static final DepositWithdrawalRule DEFAULT = new DepositWithdrawalRule(true, 1_800_000, 80, Severity.SEVERE);

    public DepositWithdrawalRule {
        Bounds.requireWithin("windowMs", windowMs, 1, Bounds.WINDOW_MS_MAX);
        // more than 100 % of a deposit is no longer that deposit's money passing through
        Bounds.requireWithin("fractionPercent", fractionPercent, 1, 100);
        Bounds.requireNonNull("severity", severity);
    }
}
