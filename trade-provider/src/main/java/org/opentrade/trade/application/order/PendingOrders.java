package org.opentrade.trade.application.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.opentrade.trade.application.engine.EngineJournal;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.opentrade.trade.domain.order.OrderRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ends orders left PENDING by a pipeline that could not finish them (a crash, fund-provider or the database down
 * at the wrong moment). A PENDING order older than {@code pendingAgeMs} is past every deadline: if it is in its
 * engine's log, the engine's outputs (or its recovery) write its state; if not, it never will be: its hold is voided
 * (released if taken, never takeable afterwards) and it is stored REJECTED. It is never sent to the engine late:
 * its caller was told it was not placed, or that its status was unknown, and may have placed it again. One
 * trade-provider at a time sweeps (job {@value #JOB}); it writes only if its lease still has time after the read.
 */
@Component
public class PendingOrders implements PeriodicJob {
    static final String JOB = "pending-orders";
    /** A run makes two writes (void the holds over Dubbo, 3 s timeout; reject the orders): ample within 15 s. */
    static final long LOCK_AT_MOST_FOR_MS = 30_000;
    static final String NOT_PLACED = "NOT_PLACED";
    private static final Logger log = LoggerFactory.getLogger(PendingOrders.class);

    private final Orders orders;
    private final Holds holds;
    private final EngineJournal journal;
    private final PlacementSettings settings;
    private final JobSchedule schedule;

    public PendingOrders(Orders orders, Holds holds, EngineJournal journal, PlacementSettings settings,
                         @Value("${opentrade.trade.orders.sweep-initial-delay-ms:5000}") long initialDelayMs,
                         @Value("${opentrade.trade.orders.sweep-interval-ms:5000}") long periodMs) {
        this.orders = orders;
        this.holds = holds;
        this.journal = journal;
        this.settings = settings;
        this.schedule = JobSchedule.of(JOB, initialDelayMs, periodMs, Math.max(LOCK_AT_MOST_FOR_MS, periodMs));
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run(JobLease lease) {
        sweep(lease);
    }

    public void sweep(JobLease lease) {
        try {
            List<OrderRecord> pending = orders.pendingBefore(System.currentTimeMillis() - settings.pendingAgeMs(),
                    settings.sweepBatchMax());
            if (!pending.isEmpty() && lease.hasTime()) {
                end(pending);
            }
        } catch (RuntimeException e) {
            log.warn("pending orders not ended yet: {}", e.toString());
        }
    }

    private void end(List<OrderRecord> pending) {
        Map<String, List<OrderRecord>> bySymbol = pending.stream().collect(Collectors.groupingBy(OrderRecord::symbol));
        List<OrderRecord> unplaced = new ArrayList<>();
        bySymbol.forEach((symbol, list) -> {
            Set<Long> logged = journal.placed(symbol, list.stream().map(OrderRecord::orderId).toList());
            list.stream().filter(o -> !logged.contains(o.orderId())).forEach(unplaced::add);
        });
        if (unplaced.isEmpty()) {
            return;
        }
        holds.voidAll(unplaced.stream().map(OrderReservations::hold).toList());
        orders.rejectAll(unplaced.stream().map(o -> new Orders.Rejection(o.userId(), o.orderId(), NOT_PLACED)).toList());
        log.info("{} orders that never reached their engine ended REJECTED, their holds voided", unplaced.size());
    }
}
