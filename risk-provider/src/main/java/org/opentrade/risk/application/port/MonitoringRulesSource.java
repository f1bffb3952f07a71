package org.opentrade.risk.application.port;

import org.opentrade.risk.domain.monitoring.MonitoringRules;

/** The detectors' settings in force right now (the "monitoring" section of the risk rules document). */
public interface MonitoringRulesSource {
    MonitoringRules current();
}
