package org.opentrade.risk.application.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.risk.application.alert.AlertHandling;
import org.opentrade.risk.application.port.MonitoringRulesSource;
import org.opentrade.risk.domain.monitoring.Alert;
import org.opentrade.risk.domain.monitoring.MonitoredEvent;
import org.opentrade.risk.domain.monitoring.MonitoringRules;
import org.opentrade.risk.domain.monitoring.RiskMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Post-trade monitoring in this instance: each event the consumers read goes to the detectors, and the alerts they
 * raise are stored and acted on ({@link AlertHandling}). When storing or acting fails the consumer throws and RocketMQ
 * delivers the event again; the detectors have judged it already (they ignore a repeated id), so its alerts wait
 * here, keyed by the event, for that redelivery. New detector settings start the detectors afresh (their windows
 * restart empty).
 */
@Service
public class Monitoring {
    private static final Logger log = LoggerFactory.getLogger(Monitoring.class);
    /** Events whose alerts wait for a redelivery; beyond this the oldest are dropped (and logged by the consumer). */
    static final int UNHANDLED_EVENTS_MAX = 10_000;

    private final MonitoringRulesSource rules;
    private final AlertHandling handling;
    private final Map<String, List<Alert>> unhandled = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Alert>> eldest) {
            return size() > UNHANDLED_EVENTS_MAX;
        }
    };
    private MonitoringRules appliedRules;
    private RiskMonitor monitor;

    public Monitoring(MonitoringRulesSource rules, AlertHandling handling) {
        this.rules = rules;
        this.handling = handling;
    }

    public void observe(MonitoredEvent event) {
        MonitoringRules current = rules.current();
        List<Alert> alerts = judge(event, current);
        if (alerts.isEmpty()) {
            return;
        }
        try {
            handling.handle(alerts, current.intercept());
        } catch (RuntimeException e) {
            synchronized (this) {
                unhandled.put(event.eventId(), alerts);
            }
            throw e;
        }
    }

    /** The detectors judge by {@code current}: the settings this event's alerts are then handled by. */
    private synchronized List<Alert> judge(MonitoredEvent event, MonitoringRules current) {
        if (monitor == null || !current.equals(appliedRules)) {
            monitor = new RiskMonitor(current);
            appliedRules = current;
            log.info("monitoring: detectors (re)started with {}", current);
        }
        List<Alert> alerts = monitor.observe(event);
        List<Alert> waiting = unhandled.remove(event.eventId());
        return waiting != null ? waiting : alerts;
    }
}
