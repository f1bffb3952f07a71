package org.opentrade.fund.application;

import static org.opentrade.fund.application.LedgerOutcomes.requireSuccess;

import org.opentrade.api.fund.FillSettlement;
import org.opentrade.fund.domain.ledger.SettlementLegs;
import org.springframework.stereotype.Service;

/**
 * Settles fills from the holds their orders placed. Each leg is one journal transaction on its user's shard,
 * idempotent on the trade id; the two legs meet in the shards' trade clearing accounts. The matching engine
 * guarantees that holds cover fills, so a leg refused here means a defect upstream, and the fill stays visible as
 * trade clearing in flight until it is settled.
 */
@Service
public class Settlements {
    private final JournalStore journal;

    public Settlements(JournalStore journal) {
        this.journal = journal;
    }

    public void settle(FillSettlement fill) {
        SettlementLegs legs = LedgerRequests.legs(fill);
        requireSuccess(journal.apply(legs.buyer()));
        requireSuccess(journal.apply(legs.seller()));
    }
}
