package org.opentrade.risk.domain.monitoring;

/**
 * Order-book spoofing and quote stuffing look like many cancels and few fills: within {@code windowMs}, at least
 * {@code cancelsMin} cancels and at least {@code ratioMin} cancels per fill (no fill counts as one).
 */
public record CancelToFillRule(boolean enabled, long windowMs, int cancelsMin, int ratioMin, Severity severity) {
    public static final String NAME = "cancelToFill";
    public static final CancelToFillRule DEFAULT = new CancelToFillRule(true, 300_000, 200, 50, Severity.WARNING);

    public CancelToFillRule {
        Bounds.requireWithin("windowMs", windowMs, 1, Bounds.WINDOW_MS_MAX);
        Bounds.requirePositive("cancelsMin", cancelsMin);
        Bounds.requirePositive("ratioMin", ratioMin);
        Bounds.requireNonNull("severity", severity);
    }
}
