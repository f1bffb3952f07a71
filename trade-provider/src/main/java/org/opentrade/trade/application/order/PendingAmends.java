package org.opentrade.trade.application.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.opentrade.trade.application.engine.EngineJournal;
import org.opentrade.trade.domain.order.AmendRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ends amends left PENDING by a pipeline that could not finish them, as {@link PendingOrders} ends orders: a PENDING
 * amend older than {@code pendingAgeMs} is past every deadline; if its engine's log holds it, the engine's outputs
 * (or its recovery) decide it; if not, it never will reach the engine: its hold is voided (released if taken, never
 * takeable afterwards) and it is stored REFUSED. The order itself was never changed. One trade-provider at a time
 * sweeps (job {@value #JOB}).
 */
@Component
public class PendingAmends implements PeriodicJob {
    static final String JOB = "pending-amends";
    static final String NOT_SENT = "NOT_SENT";
    private static final Logger log = LoggerFactory.getLogger(PendingAmends.class);

    private final Amends amends;
    private final Holds holds;
    private final EngineJournal journal;
    private final PlacementSettings settings;
    private final JobSchedule schedule;

    public PendingAmends(Amends amends, Holds holds, EngineJournal journal, PlacementSettings settings,
                         @Value("${opentrade.trade.orders.sweep-initial-delay-ms:5000}") long initialDelayMs,
                         @Value("${opentrade.trade.orders.sweep-interval-ms:5000}") long periodMs) {
        this.amends = amends;
        this.holds = holds;
        this.journal = journal;
        this.settings = settings;
        this.schedule = JobSchedule.of(JOB, initialDelayMs, periodMs,
                Math.max(PendingOrders.LOCK_AT_MOST_FOR_MS, periodMs));
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run(JobLease lease) {
        try {
            List<AmendRecord> pending = amends.pendingBefore(System.currentTimeMillis() - settings.pendingAgeMs(),
                    settings.sweepBatchMax());
            if (!pending.isEmpty() && lease.hasTime()) {
                end(pending);
            }
        } catch (RuntimeException e) {
            log.warn("pending amends not ended yet: {}", e.toString());
        }
    }

    private void end(List<AmendRecord> pending) {
        Map<String, List<AmendRecord>> bySymbol = pending.stream().collect(Collectors.groupingBy(AmendRecord::symbol));
        List<AmendRecord> unsent = new ArrayList<>();
        bySymbol.forEach((symbol, list) -> {
            Set<Long> logged = journal.amended(symbol, list.stream().map(AmendRecord::amendId).toList());
            list.stream().filter(a -> !logged.contains(a.amendId())).forEach(unsent::add);
        });
        if (unsent.isEmpty()) {
            return;
        }
        List<Holds.Hold> held = unsent.stream().filter(a -> a.holdAdded() > 0).map(AmendReservations::hold).toList();
        if (!held.isEmpty()) {
            holds.voidAll(held);
        }
        amends.refuseAll(unsent.stream().map(a -> new Amends.Refusal(a.userId(), a.amendId(), NOT_SENT)).toList());
        log.info("{} amends that never reached their engine ended REFUSED, their holds voided", unsent.size());
    }
}
