package org.opentrade.fund.application.batch;

import java.util.List;

import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.fund.application.LedgerRequests;
import org.opentrade.fund.application.port.JournalBatches;
import org.opentrade.fund.domain.ledger.SettlementBatch;
import org.opentrade.fund.domain.ledger.SettlementLegs;
import org.springframework.stereotype.Service;

/**
 * The matching engine's fills, a batch per call, each the same as a single {@code settle}: in the order
 * {@link SettlementBatch} gives (buyer legs, then the seller legs of the fills whose buyer leg is in), which costs
 * one local transaction per shard for the buyer legs and one for the seller legs of each run.
 */
@Service
public class SettlementBatches {
    private final JournalBatches journal;

    public SettlementBatches(JournalBatches journal) {
        this.journal = journal;
    }

    public List<MovementResult> settleAll(List<FillSettlement> fills) {
        PreparedBatch<SettlementLegs> batch = PreparedBatch.of(fills, FillSettlement::tradeId, LedgerRequests::legs);
        return batch.results(SettlementBatch.settle(batch.ready(), journal::applyAll));
    }
}
