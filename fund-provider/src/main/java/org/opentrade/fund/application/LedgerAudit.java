package org.opentrade.fund.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.api.fund.AuditView;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.ledger.Audit;
import org.opentrade.fund.domain.ledger.AuditReport;
import org.opentrade.fund.domain.ledger.BalanceKey;
import org.opentrade.fund.domain.ledger.SystemAccount;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Proves the ledger, on a schedule and on demand: per asset all accounts sum to zero, no user balance is
 * negative, every balance equals the sum of its journal postings. There is no balance cache to compare yet:
 * balances are read from the database each time. Violations go to the log and to the metric
 * {@code ledger_audit_violations}; money between the legs of a cross-shard movement is reported, not a violation.
 * The scheduled audit (job {@value #JOB}) runs on one instance at a time, so only that instance's gauges move:
 * read them as the maximum over instances.
 */
@Service
public class LedgerAudit implements PeriodicJob {
    static final String JOB = "ledger-audit";
    static final long INITIAL_DELAY_MS = 60_000;
    private static final Logger log = LoggerFactory.getLogger(LedgerAudit.class);

    private final LedgerSnapshot snapshot;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong violations = new AtomicLong();
    private final AtomicLong lastRunEpochMs = new AtomicLong();
    private final JobSchedule schedule;

    public LedgerAudit(LedgerSnapshot snapshot, MeterRegistry meters,
                       @Value("${opentrade.fund.audit-period-ms:300000}") long periodMs) {
        this.snapshot = snapshot;
        // it only reads: a run outliving its lease costs a second read, never a wrong write
        this.schedule = JobSchedule.of(JOB, INITIAL_DELAY_MS, periodMs, periodMs);
        Gauge.builder("ledger.audit.violations", violations, AtomicLong::get)
                .description("invariant violations found by the last ledger audit").register(meters);
        Gauge.builder("ledger.audit.last.run", lastRunEpochMs, AtomicLong::get).baseUnit("epoch_ms")
                .register(meters);
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run(JobLease lease) {
        run();
    }

    public AuditView run() {
        LedgerSnapshot.Snapshot read = snapshot.read();
        Map<BalanceKey, Long> balances = read.balances();
        AuditReport report = Audit.of(balances, read.journalSums());
        List<String> found = report.violations().stream().map(Object::toString).toList();
        violations.set(found.size());
        lastRunEpochMs.set(clock.millis());
        if (found.isEmpty()) {
            log.info("ledger audit: sound, {} balances, in flight {}", balances.size(), report.inFlight());
        } else {
            found.forEach(violation -> log.error("ledger audit violation: {}", violation));
        }
        return new AuditView(clock.millis(), balances.size(), read.journalEntries(), byName(report.sumByAsset()),
                inFlight(report), byName(userTotals(balances)), found, report.isSound());
    }

    private static Map<String, Long> inFlight(AuditReport report) {
        Map<Asset, Long> total = new TreeMap<>();
        report.inFlight().values().forEach(byAsset -> byAsset.forEach((asset, amount) ->
                total.merge(asset, amount, Long::sum)));
        return byName(total);
    }

    private static Map<Asset, Long> userTotals(Map<BalanceKey, Long> balances) {
        Map<Asset, Long> totals = new TreeMap<>();
        balances.forEach((key, amount) -> {
            if (SystemAccount.of(key.accountId()).isEmpty()) {
                totals.merge(key.asset(), amount, Long::sum);
            }
        });
        return totals;
    }

    private static Map<String, Long> byName(Map<Asset, Long> byAsset) {
        Map<String, Long> named = new TreeMap<>();
        byAsset.forEach((asset, amount) -> named.put(asset.name(), amount));
        return named;
    }
}
