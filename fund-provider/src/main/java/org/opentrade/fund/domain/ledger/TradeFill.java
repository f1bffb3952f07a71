package org.opentrade.fund.domain.ledger;

import java.util.Objects;

import org.opentrade.api.money.Asset;

/**
 * What the ledger needs of one fill between a buyer and a seller of an instrument {@code base/quote}, amounts
 * in 10^-8 units. The trade provider computes notional and fees (exact, rounded its way); the ledger only
 * moves them.
 *
 * @param tradeReference the trade id; the legs' journal references derive from it
 * @param quantity       base moving from the seller's hold to the buyer, > 0
 * @param notional       quote the buyer pays the seller before fees, >= 0 (a dust fill may round to 0)
 * @param buyerFee       quote taken from the buyer's hold on top of the notional, >= 0
 * @param sellerFee      quote kept out of the seller's proceeds, 0 .. notional (a seller never pays in)
 */
public record TradeFill(
        String tradeReference,
        long buyerId,
        long sellerId,
        Asset base,
        Asset quote,
        long quantity,
        long notional,
        long buyerFee,
        long sellerFee) {

    public TradeFill {
        Objects.requireNonNull(tradeReference, "tradeReference");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        AccountIds.requireUser(buyerId);
        AccountIds.requireUser(sellerId);
        if (base == quote) {
            throw new IllegalArgumentException("base and quote are both " + base);
        }
        Amounts.requirePositive(quantity, "quantity");
        Amounts.requireInRange(notional, 0, LedgerLimits.AMOUNT_MAX, "notional");
        Amounts.requireInRange(buyerFee, 0, LedgerLimits.AMOUNT_MAX - notional, "buyer fee");
        Amounts.requireInRange(sellerFee, 0, notional, "seller fee");
    }

    /** Quote leaving the buyer's hold. Cannot overflow: the constructor bounds it by AMOUNT_MAX. */
    public long buyerPays() {
        return notional + buyerFee;
    }

    /** Quote reaching the seller's available balance. */
    public long sellerReceives() {
        return notional - sellerFee;
    }
}
