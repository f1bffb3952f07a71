package org.opentrade.risk.domain.monitoring;

/**
 * Everything post-trade monitoring is configured by: the four detectors, and the bounds on its memory.
 *
 * @param usersTrackedMax       keys each detector keeps state for (users; user and symbol; pairs of users at a
 *                              price), the least recently seen making room. At the default a detector holds at most
 *                              some tens of MB.
 * @param eventIdsRememberedMax event ids remembered to ignore a redelivery
 * @param intercept             whether a SEVERE alert freezes its user; false runs monitoring in shadow mode (alerts
 *                              stored, nobody frozen), e.g. while a new threshold is tried out
 */
public record MonitoringRules(WashTradingRule washTrading, CancelToFillRule cancelToFill, VolumeSpikeRule volumeSpike,
                              DepositWithdrawalRule depositWithdrawal, int usersTrackedMax,
                              int eventIdsRememberedMax, boolean intercept) {
    public static final int USERS_TRACKED_MAX_DEFAULT = 50_000;
    public static final int EVENT_IDS_REMEMBERED_MAX_DEFAULT = 100_000;
    /** Ten times the defaults: a bound, not a tuning knob. */
    public static final int USERS_TRACKED_MAX_MAX = 500_000;
    public static final int EVENT_IDS_REMEMBERED_MAX_MAX = 1_000_000;
    public static final MonitoringRules DEFAULTS = new MonitoringRules(WashTradingRule.DEFAULT,
            CancelToFillRule.DEFAULT, VolumeSpikeRule.DEFAULT, DepositWithdrawalRule.DEFAULT,
            USERS_TRACKED_MAX_DEFAULT, EVENT_IDS_REMEMBERED_MAX_DEFAULT, true);

    /** Rules that intercept (the default). */
    public MonitoringRules(WashTradingRule washTrading, CancelToFillRule cancelToFill, VolumeSpikeRule volumeSpike,
                           DepositWithdrawalRule depositWithdrawal, int usersTrackedMax, int eventIdsRememberedMax) {
        this(washTrading, cancelToFill, volumeSpike, depositWithdrawal, usersTrackedMax, eventIdsRememberedMax, true);
    }

    public MonitoringRules {
        Bounds.requireNonNull(WashTradingRule.NAME, washTrading);
        Bounds.requireNonNull(CancelToFillRule.NAME, cancelToFill);
        Bounds.requireNonNull(VolumeSpikeRule.NAME, volumeSpike);
        Bounds.requireNonNull(DepositWithdrawalRule.NAME, depositWithdrawal);
        Bounds.requireWithin("usersTrackedMax", usersTrackedMax, 1, USERS_TRACKED_MAX_MAX);
        Bounds.requireWithin("eventIdsRememberedMax", eventIdsRememberedMax, 1, EVENT_IDS_REMEMBERED_MAX_MAX);
    }
}
