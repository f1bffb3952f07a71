package org.opentrade.fund.application.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.opentrade.fund.application.transfer.TccBarriers.State;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles transfers left PENDING long after their global transaction must have ended (its timeout is
 * {@link GlobalTransfer#TIMEOUT_MS}): e.g. the process died between claiming the Idempotency-Key and beginning
 * the global transaction, so no branch will ever report. If the out-leg never ran, a CANCELED barrier is written
 * first (a try arriving now would be refused) and the transfer is FAILED; if it ran, its barrier tells the outcome
 * the coordinator reached, or the coordinator still owns it. One instance at a time sweeps (job {@value #JOB}); it
 * settles a transfer only while its lease has time.
 */
@Service
public class StaleTransfers implements PeriodicJob {
    static final String JOB = "stale-transfers";
    static final int BATCH_SIZE_MAX = 100;
    static final long INITIAL_DELAY_MS = 60_000;
    /** A transfer settles in one local transaction (milliseconds); a run has half of this to start them. */
    static final long LOCK_AT_MOST_FOR_MS = 120_000;
    private static final Logger log = LoggerFactory.getLogger(StaleTransfers.class);

    private final TransferRecords transfers;
    private final TccBarriers barriers;
    private final TransactionTemplate transactions;
    private final Duration staleAfter;
    private final Clock clock = Clock.systemUTC();
    private final JobSchedule schedule;

    public StaleTransfers(TransferRecords transfers, TccBarriers barriers, TransactionTemplate transactions,
                          @Value("${opentrade.fund.transfer-stale-after:PT5M}") Duration staleAfter,
                          @Value("${opentrade.fund.transfer-sweep-period-ms:60000}") long periodMs) {
        this.transfers = transfers;
        this.barriers = barriers;
        this.transactions = transactions;
        this.staleAfter = staleAfter;
        this.schedule = JobSchedule.of(JOB, INITIAL_DELAY_MS, periodMs, Math.max(LOCK_AT_MOST_FOR_MS, periodMs));
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run(JobLease lease) {
        sweep(staleAfter, lease);
    }

    /** Settles, at most {@link #BATCH_SIZE_MAX} at a time, the transfers PENDING for longer than {@code age}. */
    public int sweep(Duration age) {
        return sweep(age, JobLease.unbounded(JOB));
    }

    int sweep(Duration age, JobLease lease) {
        List<TransferRecord> stale = transfers.pendingSince(Instant.now(clock).minus(age), BATCH_SIZE_MAX);
        int settled = 0;
        for (TransferRecord transfer : stale) {
            if (!lease.hasTime()) {
                break;
            }
            settle(transfer);
            settled++;
        }
        return settled;
    }

    private void settle(TransferRecord transfer) {
        String outKey = TransferLegsTcc.outKey(transfer.transferId());
        transactions.executeWithoutResult(status -> {
            if (barriers.insert(outKey, transfer.fromUserId(), "stale-sweep", State.CANCELED)) {
                log.warn("transfer {} never began; marked FAILED, nothing moved", transfer.transferId());
                transfers.finish(transfer.fromUserId(), transfer.transferId(), TransferStatus.FAILED);
                return;
            }
            State state = barriers.lockState(outKey, transfer.fromUserId()).orElseThrow();
            switch (state) {
                case CONFIRMED -> transfers.finish(transfer.fromUserId(), transfer.transferId(), TransferStatus.COMPLETED);
                case CANCELED -> transfers.finish(transfer.fromUserId(), transfer.transferId(), TransferStatus.FAILED);
                case TRIED -> log.warn("transfer {} still in its global transaction; the coordinator owns it",
                        transfer.transferId());
            }
        });
    }
}
