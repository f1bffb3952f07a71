package org.opentrade.trade.application.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.event.BookChanged;
import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.PrivateTradeExecuted;
import org.opentrade.api.trade.event.TradeTopics;
import org.opentrade.trade.application.DueWork;
import org.opentrade.trade.application.engine.EngineListeners;
import org.opentrade.trade.application.engine.MarketSnapshot;
import org.opentrade.trade.application.engine.SymbolEngine;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.domain.matching.DepthLevel;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Publishes what the engine's committed outputs say: order updates (ORDER_EVENTS), trades and book snapshots
 * (TRADE_EVENTS), and each trade with both users named for risk monitoring (PRIVATE_TRADE_EVENTS). Runs after each engine batch and every second; a row is marked published only after the broker
 * took it, so events are at least once and only for committed state. Book snapshots are state, not history: only
 * the newest is sent.
 */
@Component
public class TradeEventRelay implements DisposableBean {

    static final int PAGE_SIZE = 500;
    private static final long POLL_MS = 1_000;
    /** Events leave at most this long after their batch: one page then covers many batches under load. */
    static final long GAP_MS = 100;

    private final EventOutbox outbox;
    private final EventPublisher publisher;
    private final SymbolEngines engines;
    private final Map<String, Long> bookSequenceSent = new ConcurrentHashMap<>();
    private final DueWork work;

    public TradeEventRelay(EventOutbox outbox, EventPublisher publisher, SymbolEngines engines,
                           EngineListeners listeners) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.engines = engines;
        this.work = new DueWork("trade-event-relay", this::relayOnce, PAGE_SIZE, POLL_MS, GAP_MS);
        listeners.register(outcome -> outcome.orderUpdates() > 0, work::nudge);
    }

    int relayOnce() {
        if (engines.all().isEmpty()) {
            return 0; // a standby: the engines' owner publishes (one runner, under the engine lease)
        }
        publishBooks();
        List<OrderUpdated> orders = outbox.dueOrders(PAGE_SIZE);
        if (!orders.isEmpty()) {
            publisher.publishAll(TradeTopics.ORDER_EVENTS,
                    orders.stream().map(e -> new EventPublisher.Keyed(e.orderId(), e)).toList());
            outbox.ordersPublished(orders);
        }
        List<PrivateTradeExecuted> trades = outbox.dueTrades(PAGE_SIZE);
        if (!trades.isEmpty()) {
            // both before the mark: a failure of either leaves the trades due, and both are sent again (at least once)
            publisher.publishAll(TradeTopics.TRADE_EVENTS,
                    trades.stream().map(e -> new EventPublisher.Keyed(e.symbol(), e.toPublic())).toList());
            publisher.publishAll(TradeTopics.PRIVATE_TRADE_EVENTS,
                    trades.stream().map(e -> new EventPublisher.Keyed(e.symbol(), e)).toList());
            outbox.tradesPublished(trades);
        }
        return Math.max(orders.size(), trades.size());
    }

    private void publishBooks() {
        for (SymbolEngine engine : engines.all()) {
            MarketSnapshot snapshot = engine.snapshot();
            Long sent = bookSequenceSent.get(engine.symbol());
            if (sent != null && sent >= snapshot.sequence()) {
                continue;
            }
            BookChanged event = new BookChanged("book-" + engine.symbol() + "-" + snapshot.sequence(), engine.symbol(),
                    snapshot.sequence(), levels(snapshot.bids()), levels(snapshot.asks()), System.currentTimeMillis());
            publisher.publish(TradeTopics.TRADE_EVENTS, engine.symbol(), event);
            bookSequenceSent.put(engine.symbol(), snapshot.sequence());
        }
    }

    private static List<DepthView.Level> levels(List<DepthLevel> side) {
        return side.stream().limit(BookChanged.LEVELS).map(l -> new DepthView.Level(l.price(), l.quantity())).toList();
    }

    @Override
    public void destroy() {
        work.stop();
    }
}
