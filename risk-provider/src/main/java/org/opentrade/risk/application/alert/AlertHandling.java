package org.opentrade.risk.application.alert;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.risk.application.port.Alerts;
import org.opentrade.risk.application.port.Interception;
import org.opentrade.risk.domain.monitoring.Alert;
import org.opentrade.risk.domain.monitoring.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What happens to the alerts a monitored event raised: each is stored once (per rule, user and event), and a SEVERE
 * one freezes its user (unless monitoring runs in shadow mode), recorded with the alert as actor and reason. A failure throws, so the event is delivered
 * again: a stored alert is not stored twice, and a freeze not yet done is tried again.
 */
@Service
public class AlertHandling {
    private static final Logger log = LoggerFactory.getLogger(AlertHandling.class);

    private final Alerts alerts;
    private final Interception interception;
    private final MeterRegistry meters;

    public AlertHandling(Alerts alerts, Interception interception, MeterRegistry meters) {
        this.alerts = alerts;
        this.interception = interception;
        this.meters = meters;
    }

    public void handle(List<Alert> raised, boolean intercept) {
        for (Alert alert : raised) {
            Alerts.StoredAlert stored = alerts.record(alert);
            meters.counter("risk.alerts", "rule", alert.rule(), "severity", alert.severity().name()).increment();
            if (intercept && alert.severity() == Severity.SEVERE && !stored.intercepted()) {
                interception.freeze(alert.userId(), "risk:alert-" + stored.alertId(),
                        alert.rule() + ": " + alert.evidence());
                alerts.intercepted(stored.alertId());
                log.warn("user {} frozen by alert {} ({}): {}", alert.userId(), stored.alertId(), alert.rule(),
                        alert.evidence());
            }
        }
    }
}
