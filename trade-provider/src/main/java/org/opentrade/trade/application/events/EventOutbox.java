package org.opentrade.trade.application.events;

import java.util.List;

import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.PrivateTradeExecuted;

/**
 * Order and trade rows whose latest state has not been published yet (see sql/trade/V3). Marking is conditional:
 * an order that changed again after it was read stays due, so its newest state is published next.
 */
public interface EventOutbox {

    List<OrderUpdated> dueOrders(int limit);

    /**
     * Marks these orders published as of the states read. One statement per shard: a state written after the read
     * has a larger sequence than any read (the outputs are written in log order), so it stays due.
     */
    void ordersPublished(List<OrderUpdated> events);

    /** Trades not published yet, with both sides: the public tape gets {@link PrivateTradeExecuted#toPublic()}. */
    List<PrivateTradeExecuted> dueTrades(int limit);

    void tradesPublished(List<PrivateTradeExecuted> events);
}
