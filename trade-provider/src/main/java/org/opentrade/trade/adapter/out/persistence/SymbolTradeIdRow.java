package org.opentrade.trade.adapter.out.persistence;

/** A symbol and a trade id of it: its newest trade, or its candles' cursor. */
class SymbolTradeIdRow {
    String symbol;
    long lastTradeId;
}
