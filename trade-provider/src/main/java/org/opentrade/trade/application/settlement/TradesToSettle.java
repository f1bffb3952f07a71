package org.opentrade.trade.application.settlement;

import java.util.List;

import org.opentrade.trade.application.engine.TradeRecord;

/** The settlement outbox: trades the engine produced that fund-provider has not yet confirmed as settled. */
public interface TradesToSettle {

    List<TradeRecord> due(int limit);

    /** One statement per symbol database for the whole list. */
    void markSettled(List<TradeRecord> settled);
}
