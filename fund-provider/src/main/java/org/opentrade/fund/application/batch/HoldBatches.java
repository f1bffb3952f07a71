package org.opentrade.fund.application.batch;

import java.util.List;

import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.fund.application.LedgerRequests;
import org.opentrade.fund.application.port.JournalBatches;
import org.opentrade.fund.domain.ledger.HoldVoid;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.Postings;
import org.springframework.stereotype.Service;

/**
 * The matching engine's holds, releases and voids, a batch per call: each item is the journal transaction the
 * single call ({@code freeze}, {@code unfreeze}) builds, with its outcome, and refuses alone.
 */
@Service
public class HoldBatches {
    private final JournalBatches journal;

    public HoldBatches(JournalBatches journal) {
        this.journal = journal;
    }

    public List<MovementResult> freezeAll(List<LedgerMovement> holds) {
        PreparedBatch<JournalTransaction> batch = PreparedBatch.of(holds, LedgerMovement::reference,
                m -> LedgerRequests.transaction(m, Postings::freeze));
        return batch.results(journal.applyAll(batch.ready()));
    }

    public List<MovementResult> unfreezeAll(List<LedgerMovement> releases) {
        PreparedBatch<JournalTransaction> batch = PreparedBatch.of(releases, LedgerMovement::reference,
                m -> LedgerRequests.transaction(m, Postings::unfreeze));
        return batch.results(journal.applyAll(batch.ready()));
    }

    public List<MovementResult> voidHolds(List<LedgerMovement> holds) {
        PreparedBatch<HoldVoid> batch = PreparedBatch.of(holds, LedgerMovement::reference, LedgerRequests::holdVoid);
        return batch.results(journal.voidHolds(batch.ready()));
    }
}
