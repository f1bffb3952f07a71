package org.opentrade.risk.application.alert;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.risk.AlertPage;
import org.opentrade.api.risk.AlertQuery;
import org.opentrade.api.risk.AlertView;
import org.opentrade.risk.application.port.Alerts;
import org.springframework.stereotype.Service;

/** Operators' view of the alerts: pages newest first, and acknowledgement. */
@Service
public class AlertBook {
    private final Alerts alerts;

    public AlertBook(Alerts alerts) {
        this.alerts = alerts;
    }

    public AlertPage page(AlertQuery query) {
        if (query.limit() < 1 || query.limit() > AlertQuery.LIMIT_MAX) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "limit must be 1-" + AlertQuery.LIMIT_MAX);
        }
        if (query.cursor() != null && !query.cursor().matches("[0-9]{1,19}")) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "cursor is the nextCursor of an earlier page");
        }
        return alerts.page(query);
    }

    public AlertView acknowledge(long alertId, String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 64) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "actor must be 1-64 characters");
        }
        return alerts.acknowledge(alertId, actor)
                .orElseThrow(() -> new BusinessException(ErrorCode.ALERT_NOT_FOUND, "no alert " + alertId));
    }
}
