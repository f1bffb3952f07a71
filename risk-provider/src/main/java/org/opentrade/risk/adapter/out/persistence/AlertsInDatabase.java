package org.opentrade.risk.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.opentrade.platform.db.Primary;
import org.opentrade.api.risk.AlertPage;
import org.opentrade.api.risk.AlertQuery;
import org.opentrade.api.risk.AlertView;
import org.opentrade.risk.application.port.Alerts;
import org.opentrade.risk.domain.monitoring.Alert;
import org.springframework.stereotype.Repository;

@Repository
class AlertsInDatabase implements Alerts {
    static final int EVIDENCE_LENGTH_MAX = 512;

    private final AlertMapper mapper;

    AlertsInDatabase(AlertMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public StoredAlert record(Alert alert) {
        AlertRow row = new AlertRow();
        row.userId = alert.userId();
        row.rule = alert.rule();
        row.severity = alert.severity().name();
        row.evidence = alert.evidence().length() <= EVIDENCE_LENGTH_MAX ? alert.evidence()
                : alert.evidence().substring(0, EVIDENCE_LENGTH_MAX);
        row.eventId = alert.eventId();
        mapper.insert(row);
        AlertRow stored = Primary.read(() -> mapper.byEvent(alert.rule(), alert.userId(), alert.eventId()));
        return new StoredAlert(stored.alertId, stored.intercepted);
    }

    @Override
    public void intercepted(long alertId) {
        mapper.markIntercepted(alertId);
    }

    @Override
    public AlertPage page(AlertQuery query) {
        long before = query.cursor() == null ? 0 : Long.parseLong(query.cursor());
        List<AlertRow> rows = mapper.page(query.userId(), query.severity(), before, query.limit() + 1);
        boolean more = rows.size() > query.limit();
        List<AlertView> page = rows.stream().limit(query.limit()).map(AlertsInDatabase::view).toList();
        return new AlertPage(page, more ? Long.toString(page.get(page.size() - 1).alertId()) : null);
    }

    @Override
    public Optional<AlertView> acknowledge(long alertId, String actor) {
        // an unknown id is answered from a plain read: no UPDATE, so no next-key lock at the end of the index
        if (Primary.read(() -> mapper.byId(alertId)) == null) {
            return Optional.empty();
        }
        mapper.acknowledge(alertId, actor);
        return Optional.ofNullable(Primary.read(() -> mapper.byId(alertId))).map(AlertsInDatabase::view);
    }

    private static AlertView view(AlertRow r) {
        return new AlertView(r.alertId, r.userId, r.rule, r.severity, r.evidence, r.eventId, r.createdAtMs, r.ackedBy,
                r.ackedAtMs);
    }
}
