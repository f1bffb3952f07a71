package org.opentrade.fund.application;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.ledger.HoldVoid;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.Postings;
import org.opentrade.fund.domain.ledger.SettlementLegs;
import org.opentrade.fund.domain.ledger.TradeFill;

/**
 * How the contract's requests become ledger transactions, in one place, so that a single call and a batch item
 * with the same content build the same transaction (same reference, same content) and refuse the same input: an
 * unknown asset is UNKNOWN_ASSET, an amount, id or reference the ledger refuses is INVALID_AMOUNT.
 */
public final class LedgerRequests {

    /** How a movement becomes postings, given its parsed asset. */
    public interface PostingsFactory {
        JournalTransaction build(long userId, Asset asset, long amount, String reference);
    }

    private LedgerRequests() {
    }

    public static JournalTransaction transaction(LedgerMovement m, PostingsFactory postings) {
        Asset asset = asset(m.asset());
        return LedgerOutcomes.transaction(() -> postings.build(m.userId(), asset, m.amount(), m.reference()));
    }

    public static HoldVoid holdVoid(LedgerMovement m) {
        Asset asset = asset(m.asset());
        return LedgerOutcomes.transaction(() -> Postings.voidHold(m.userId(), asset, m.amount(), m.reference()));
    }

    /** A missing trade id is refused like a blank one (INVALID_AMOUNT), not as a NullPointerException. */
    public static SettlementLegs legs(FillSettlement fill) {
        Asset base = asset(fill.baseAsset());
        Asset quote = asset(fill.quoteAsset());
        String tradeId = fill.tradeId() == null ? "" : fill.tradeId();
        return LedgerOutcomes.transaction(() -> Postings.settleFill(new TradeFill(tradeId, fill.buyerId(),
                fill.sellerId(), base, quote, fill.quantity(), fill.notional(), fill.buyerFee(), fill.sellerFee())));
    }

    private static Asset asset(String code) {
        return Asset.parse(code).orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_ASSET));
    }
}
