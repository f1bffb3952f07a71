package org.opentrade.trade.adapter.out.persistence;

/** One row of candles (sharded by symbol, sql/trade/V8); interval_name is the wire name, e.g. "1m". */
class CandleRow {
    String symbol;
    String intervalName;
    long openTimeMs;
    long openPrice;
    long highPrice;
    long lowPrice;
    long closePrice;
    long volume;
    long quoteVolume;
    long tradeCount;
    long firstTradeId;
    long lastTradeId;
}
