package org.opentrade.trade.adapter.out.persistence;

import java.util.List;
import java.util.stream.Collectors;

import org.opentrade.platform.db.Primary;
import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.PrivateTradeExecuted;
import org.opentrade.trade.application.engine.TradeRecord;
import org.opentrade.trade.application.events.EventOutbox;
import org.springframework.stereotype.Repository;

@Repository
class EventOutboxInDatabase implements EventOutbox {

    private final OrderMapper orders;
    private final TradeMapper trades;

    EventOutboxInDatabase(OrderMapper orders, TradeMapper trades) {
        this.orders = orders;
        this.trades = trades;
    }

    @Override
    public List<OrderUpdated> dueOrders(int limit) {
        return Primary.read(() -> orders.duePublications(limit)).stream()
                .map(r -> new OrderUpdated("order-" + r.orderId + "-" + r.eventSeq + "-" + r.status,
                        Long.toString(r.orderId), r.userId, r.clientOrderId, r.symbol, r.side, r.status, r.price,
                        r.quantity, r.filledQuantity, r.rejectReason, r.eventSeq, System.currentTimeMillis()))
                .toList();
    }

    @Override
    public void ordersPublished(List<OrderUpdated> events) {
        long seqMax = events.stream().mapToLong(OrderUpdated::sequence).max().orElse(0);
        orders.markPublished(events, seqMax);
    }

    @Override
    public List<PrivateTradeExecuted> dueTrades(int limit) {
        return Primary.read(() -> trades.duePublications(limit)).stream().map(r -> {
            String tradeId = TradeRecord.key(r.symbol, r.tradeId);
            return new PrivateTradeExecuted("trade-" + tradeId, tradeId, r.symbol, r.price, r.quantity, r.notional,
                    r.takerSide, r.takerUserId, r.takerOrderId, r.makerUserId, r.makerOrderId, r.tradedAtMs);
        }).toList();
    }

    @Override
    public void tradesPublished(List<PrivateTradeExecuted> events) {
        events.stream().collect(Collectors.groupingBy(PrivateTradeExecuted::symbol)).forEach((symbol, list) ->
                trades.markPublished(symbol, list.stream().map(e -> tradeNumber(e.tradeId())).toList()));
    }

    /** The symbol's own trade number in a venue-wide trade id such as "BTC-USD-17". */
    private static long tradeNumber(String tradeId) {
        return Long.parseLong(tradeId.substring(tradeId.lastIndexOf('-') + 1));
    }
}
