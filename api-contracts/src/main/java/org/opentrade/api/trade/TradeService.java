package org.opentrade.api.trade;

import java.util.List;

/** Instruments, orders and market data. */
public interface TradeService {

    /** The instruments the venue lists, from configuration (Nacos). */
    List<InstrumentView> instruments();
}
