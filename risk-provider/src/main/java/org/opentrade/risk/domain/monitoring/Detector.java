package org.opentrade.risk.domain.monitoring;

import java.util.List;

/** One post-trade rule: sees every event (and ignores those it has no use for), answers the alerts it makes. */
interface Detector {
    List<Alert> observe(MonitoredEvent event);
}
