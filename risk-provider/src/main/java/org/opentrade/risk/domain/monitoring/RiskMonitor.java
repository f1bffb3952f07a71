package org.opentrade.risk.domain.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Post-trade monitoring: every event goes to each enabled detector, and the alerts they make come back. Delivery is at
 * least once, so an event id already judged is ignored: a redelivered event makes no second alert and is not counted
 * twice. Thread-safe by one lock: each event costs a few map look-ups, far below the cost of receiving it.
 */
public final class RiskMonitor {
    private final List<Detector> detectors;
    private final RecentEventIds judged;

    public RiskMonitor(MonitoringRules rules) {
        this.detectors = detectorsOf(Bounds.requireNonNull("rules", rules));
        this.judged = new RecentEventIds(rules.eventIdsRememberedMax());
    }

    /** The alerts {@code event} makes, none when it was already judged; the caller stores them and acts on them. */
    public synchronized List<Alert> observe(MonitoredEvent event) {
        if (!judged.firstTime(event.eventId())) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        for (Detector detector : detectors) {
            alerts.addAll(detector.observe(event));
        }
        return alerts;
    }

    private static List<Detector> detectorsOf(MonitoringRules rules) {
        int keysMax = rules.usersTrackedMax();
        List<Detector> enabled = new ArrayList<>();
        if (rules.washTrading().enabled()) {
            enabled.add(new WashTradingDetector(rules.washTrading(), keysMax));
        }
        if (rules.cancelToFill().enabled()) {
            enabled.add(new CancelToFillDetector(rules.cancelToFill(), keysMax));
        }
        if (rules.volumeSpike().enabled()) {
            enabled.add(new VolumeSpikeDetector(rules.volumeSpike(), keysMax));
        }
        if (rules.depositWithdrawal().enabled()) {
            enabled.add(new DepositWithdrawalDetector(rules.depositWithdrawal(), keysMax));
        }
        return List.copyOf(enabled);
    }
}
