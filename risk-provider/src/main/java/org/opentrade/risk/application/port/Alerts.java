package org.opentrade.risk.application.port;

import java.util.Optional;

import org.opentrade.api.risk.AlertPage;
import org.opentrade.api.risk.AlertQuery;
import org.opentrade.api.risk.AlertView;
import org.opentrade.risk.domain.monitoring.Alert;

/** The stored alerts (risk's own database). One alert per rule, user and triggering event. */
public interface Alerts {

    /** Stores the alert unless it is stored already (a redelivered event); answers the stored one either way. */
    StoredAlert record(Alert alert);

    /** Notes that the alert's user was frozen for it. */
    void intercepted(long alertId);

    AlertPage page(AlertQuery query);

    /** The first acknowledgement stays; empty when there is no such alert. */
    Optional<AlertView> acknowledge(long alertId, String actor);

    /** An alert as stored: its id, and whether its user has been frozen for it already. */
    record StoredAlert(long alertId, boolean intercepted) {
    }
}
