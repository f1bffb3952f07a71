package org.opentrade.trade.adapter.out.persistence;

/** One row of trades (sharded by symbol). */
class TradeRow {
    String symbol;
    long tradeId;
    long seq;
    String takerSide;
    long price;
    long quantity;
    long notional;
    long makerOrderId;
    long makerUserId;
    long makerFee;
    long takerOrderId;
    long takerUserId;
    long takerFee;
    long tradedAtMs;
}
