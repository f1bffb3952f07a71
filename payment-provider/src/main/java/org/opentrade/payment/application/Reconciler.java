package org.opentrade.payment.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.payment.ReconciliationMismatch;
import org.opentrade.api.payment.ReconciliationView;
import org.opentrade.payment.application.port.BankChannel;
import org.opentrade.payment.application.port.Ledger;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.Payments;
import org.opentrade.payment.domain.reconciliation.Mismatch;
import org.opentrade.payment.domain.reconciliation.Reconciliation;
import org.opentrade.payment.domain.reconciliation.StatementLine;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads the bank's statement, our payments and the ledger for a period and reports every mismatch
 * ({@link Reconciliation} decides what one is). Runs on a schedule over the last period (logging what it finds) and
 * on demand for operators. The scheduled run (job {@value #JOB}) is one instance's at a time: it only reads and logs,
 * and {@link #lastScheduled()} is that instance's.
 */
@Service
public class Reconciler implements PeriodicJob {
    static final String JOB = "reconciliation";
    static final long INITIAL_DELAY_MS = 60_000;
    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    static final long PERIOD_MAX_MS = 7L * 24 * 3600 * 1000;
    static final int STATEMENT_LINES_MAX = 10_000;
    static final int LEDGER_PAGES_MAX = 10;
    /** Ledger history is read from the replica: payments settled this recently may not show there yet. */
    static final long LEDGER_SETTLE_LAG_MS = 5_000;

    private final BankChannel bank;
    private final Payments payments;
    private final Ledger ledger;
    private final PaymentProperties.Reconciliation properties;
    private final Clock clock;
    private final AtomicReference<ReconciliationView> last = new AtomicReference<>();
    private final JobSchedule schedule;

    public Reconciler(BankChannel bank, Payments payments, Ledger ledger, PaymentProperties properties, Clock clock) {
        this.bank = bank;
        this.payments = payments;
        this.ledger = ledger;
        this.properties = properties.reconciliation();
        this.clock = clock;
        long periodMs = this.properties.intervalMs();
        // it only reads: a run outliving its lease costs a second read of the statement, never a wrong write
        this.schedule = JobSchedule.of(JOB, INITIAL_DELAY_MS, periodMs, periodMs);
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    public ReconciliationView reconcile(long fromEpochMs, long toEpochMs) {
        if (fromEpochMs < 0 || toEpochMs <= fromEpochMs || toEpochMs - fromEpochMs > PERIOD_MAX_MS) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "the period must be 0 < to - from <= 7 days");
        }
        BankChannel.Statement statement;
        try {
            statement = bank.statement(fromEpochMs - properties.marginMs(), toEpochMs + properties.marginMs(),
                    STATEMENT_LINES_MAX);
        } catch (RuntimeException e) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the bank's statement is unavailable");
        }
        Map<String, Payment> ours = new LinkedHashMap<>();
        payments.settledBetween(fromEpochMs, toEpochMs, properties.paymentsMax()).forEach(p -> ours.put(p.paymentId(), p));
        boolean truncated = statement.truncated() || ours.size() >= properties.paymentsMax();
        Set<String> named = statement.lines().stream().map(StatementLine::merchantReference)
                .filter(ref -> !ours.containsKey(ref)).collect(Collectors.toSet());
        payments.byIds(named).forEach(p -> ours.put(p.paymentId(), p));

        List<Mismatch> found = Reconciliation.compare(fromEpochMs, toEpochMs, statement.lines(), ours.values(),
                ledgerNet(ours.values()));
        List<ReconciliationMismatch> mismatches = new ArrayList<>();
        found.forEach(m -> mismatches.add(new ReconciliationMismatch(m.type().name(), m.merchantReference(), m.asset(),
                m.bankAmount(), m.ourAmount(), m.detail())));
        return new ReconciliationView(fromEpochMs, toEpochMs, clock.millis(), statement.lines().size(), ours.size(),
                mismatches, truncated, mismatches.isEmpty());
    }

    /** Ledger nets for settled payments old enough to be on the replica, grouped by user and asset. */
    private Map<String, Long> ledgerNet(Iterable<Payment> ours) {
        long settledBefore = clock.millis() - LEDGER_SETTLE_LAG_MS;
        Map<String, Set<String>> idsByAccount = new HashMap<>();
        for (Payment p : ours) {
            if (p.isSettled() && p.createdAtEpochMs() < settledBefore) {
                idsByAccount.computeIfAbsent(p.userId() + "/" + p.asset(), k -> new HashSet<>()).add(p.paymentId());
            }
        }
        Map<String, Long> net = new HashMap<>();
        idsByAccount.forEach((account, ids) -> {
            String[] parts = account.split("/");
            net.putAll(ledger.netByPayment(Long.parseLong(parts[0]), parts[1], ids, LEDGER_PAGES_MAX));
        });
        return net;
    }

    @Override
    public void run(JobLease lease) {
        long to = clock.millis() - properties.lagMs();
        try {
            ReconciliationView view = reconcile(to - properties.periodMs(), to);
            last.set(view);
            if (view.clean()) {
                log.info("reconciliation clean: {} bank lines, {} payments", view.bankLines(), view.paymentsChecked());
            } else {
                view.mismatches().forEach(m -> log.warn("reconciliation mismatch: {}", m));
            }
        } catch (RuntimeException e) {
            log.warn("scheduled reconciliation failed: {}", e.toString());
        }
    }

    /** The last scheduled run's report, or null before the first. */
    public ReconciliationView lastScheduled() {
        return last.get();
    }
}
