package org.opentrade.trade.adapter.out.persistence;

/** One row of fills_N: one side of a trade, on its user's shard. */
class FillRow {
    long userId;
    String symbol;
    long tradeId;
    long orderId;
    String side;
    long price;
    long quantity;
    long fee;
    String feeAsset;
    String liquidity;
    long tradedAtMs;
}
