package org.opentrade.trade.application.events;

import java.util.List;

import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.TradeExecuted;

/**
 * Order and trade rows whose latest state has not been published yet (see sql/trade/V3). Marking is conditional:
 * an order that changed again after it was read stays due, so its newest state is published next.
 */
public interface EventOutbox {

    List<OrderUpdated> dueOrders(int limit);

    void orderPublished(OrderUpdated event);

    List<TradeExecuted> dueTrades(int limit);

    void tradePublished(TradeExecuted event);
}
