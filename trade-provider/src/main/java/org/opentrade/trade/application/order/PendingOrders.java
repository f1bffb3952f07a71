package org.opentrade.trade.application.order;

import java.util.List;
import java.util.Set;

import org.opentrade.api.BusinessException;
import org.opentrade.trade.application.engine.EngineJournal;
import org.opentrade.trade.application.engine.SymbolEngine;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.domain.matching.OrderType;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.TimeInForce;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes orders whose request died between storing the order and the engine's answer (a crash, a timeout):
 * the freeze is repeated (idempotent on the order id) and the order goes to the engine, which never executes an
 * order twice ({@code retried} submissions are looked up in the log first). A refused freeze rejects the order.
 */
@Component
public class PendingOrders {

    private static final Logger log = LoggerFactory.getLogger(PendingOrders.class);

    private final Orders orders;
    private final Holds holds;
    private final SymbolEngines engines;
    private final EngineJournal journal;
    private final PlacementSettings settings;

    public PendingOrders(Orders orders, Holds holds, SymbolEngines engines, EngineJournal journal,
                         PlacementSettings settings) {
        this.orders = orders;
        this.holds = holds;
        this.engines = engines;
        this.journal = journal;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "${opentrade.trade.orders.sweep-initial-delay-ms:5000}",
            fixedDelayString = "${opentrade.trade.orders.sweep-interval-ms:5000}")
    public void sweep() {
        List<OrderRecord> pending = orders.pendingBefore(System.currentTimeMillis() - settings.pendingAgeMs(),
                settings.sweepBatchMax());
        for (OrderRecord order : pending) {
            try {
                finish(order);
            } catch (RuntimeException e) {
                log.warn("pending order {} not finished yet: {}", order.orderId(), e.toString());
            }
        }
    }

    private void finish(OrderRecord order) {
        SymbolEngine engine = engines.bySymbol(order.symbol()).orElse(null);
        if (engine == null) {
            return;
        }
        Set<Long> logged = journal.placed(order.symbol(), List.of(order.orderId()));
        if (!logged.isEmpty()) {
            return; // its outputs are written by the engine (or by recovery); nothing to redo here
        }
        try {
            holds.freeze(order.userId(), order.reserveAsset(), order.reserved(), order.orderId());
        } catch (BusinessException refused) {
            orders.reject(order.userId(), order.orderId(), refused.code().name());
            return;
        }
        PlaceOrder command = new PlaceOrder(order.orderId(), order.userId(), Side.valueOf(order.side()),
                OrderType.valueOf(order.type()), TimeInForce.valueOf(order.timeInForce()), order.postOnly(),
                order.price(), order.quantity());
        EngineAnswers.await(engine.submit(command, true), settings.answerTimeoutMs());
        log.info("pending order {} finished", order.orderId());
    }
}
