package org.opentrade.api.fund;

import java.io.Serializable;

/**
 * One fill to settle between a buyer and a seller of {@code baseAsset/quoteAsset}, amounts in 10^-8 units:
 * {@code quantity} base moves from the seller's hold to the buyer, {@code notional + buyerFee} quote leaves the
 * buyer's hold, {@code notional - sellerFee} reaches the seller, both fees go to the fee accounts. Fees are in
 * the quote asset. {@code tradeId} makes it idempotent.
 */
public record FillSettlement(String tradeId, long buyerId, long sellerId, String baseAsset, String quoteAsset,
                             long quantity, long notional, long buyerFee, long sellerFee) implements Serializable {
}
