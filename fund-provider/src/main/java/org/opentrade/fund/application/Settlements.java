package org.opentrade.fund.application;

import static org.opentrade.fund.application.LedgerOutcomes.requireSuccess;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.ledger.Postings;
import org.opentrade.fund.domain.ledger.SettlementLegs;
import org.opentrade.fund.domain.ledger.TradeFill;
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
        SettlementLegs legs = LedgerOutcomes.transaction(() -> Postings.settleFill(toTradeFill(fill)));
        requireSuccess(journal.apply(legs.buyer()));
        requireSuccess(journal.apply(legs.seller()));
    }

    private static TradeFill toTradeFill(FillSettlement fill) {
        return new TradeFill(fill.tradeId(), fill.buyerId(), fill.sellerId(), asset(fill.baseAsset()),
                asset(fill.quoteAsset()), fill.quantity(), fill.notional(), fill.buyerFee(), fill.sellerFee());
    }

    private static Asset asset(String code) {
        return Asset.parse(code).orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_ASSET));
    }
}
