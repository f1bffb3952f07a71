package org.opentrade.api.trade;

import java.io.Serializable;

/** One side of a trade as one of its two users sees it; {@code liquidity} is MAKER or TAKER; fee in the quote asset. */
public record FillView(String tradeId, String orderId, String symbol, String side, long price, long quantity,
                       long fee, String feeAsset, String liquidity, long timeEpochMs) implements Serializable {
}
