package org.opentrade.payment.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.api.payment.ReconciliationView;
import org.springframework.stereotype.Component;

/**
 * The last scheduled reconciliation as Prometheus sees it: payment_reconciliation_mismatches (how many it found) and
 * payment_reconciliation_last_run_epoch_ms. Only the instance that ran it has values; the others answer NaN (read
 * them as the maximum over instances), as does every instance before the first run.
 */
@Component
class ReconciliationGauges {

    ReconciliationGauges(Reconciler reconciler, MeterRegistry meters) {
        Gauge.builder("payment.reconciliation.mismatches", reconciler, r -> mismatches(r.lastScheduled()))
                .description("mismatches found by the last scheduled reconciliation").register(meters);
        Gauge.builder("payment.reconciliation.last.run", reconciler, r -> checkedAt(r.lastScheduled()))
                .baseUnit("epoch_ms").description("when the last scheduled reconciliation ran").register(meters);
    }

    static double mismatches(ReconciliationView last) {
        return last == null ? Double.NaN : last.mismatches().size();
    }

    static double checkedAt(ReconciliationView last) {
        return last == null ? Double.NaN : last.checkedAtEpochMs();
    }
}
