package org.opentrade.trade.application.order;

import java.util.concurrent.TimeUnit;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.OrderView;
import org.opentrade.trade.application.engine.CommandOutcome;
import org.opentrade.trade.application.engine.Submission;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.order.OrderRecord;
import org.springframework.stereotype.Service;

/**
 * Canceling an open order through its symbol's engine, which answers with the remainder and the part of the hold
 * to release; the release itself is done by {@code HoldReleases}. An order that is not open, or that filled while
 * the cancel was on its way, answers ORDER_NOT_OPEN.
 */
@Service
public class OrderCancellation {

    private final SymbolEngines engines;
    private final Orders orders;
    private final PlacementSettings settings;

    public OrderCancellation(SymbolEngines engines, Orders orders, PlacementSettings settings) {
        this.engines = engines;
        this.orders = orders;
        this.settings = settings;
    }

    public OrderView cancel(long userId, String orderId) {
        OrderRecord order = OrderQueries.find(orders, userId, orderId);
        if (!order.status().open()) {
            throw new BusinessException(ErrorCode.ORDER_NOT_OPEN, "order " + orderId + " is " + order.status());
        }
        var engine = engines.bySymbol(order.symbol())
                .orElseThrow(() -> new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "no engine for " + order.symbol()));
        Submission cancel = new Submission(new CancelOrder(order.orderId(), userId), order,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.logDeadlineMs()));
        CommandOutcome outcome = EngineAnswers.await(engine.submit(cancel), settings.answerTimeoutMs());
        if (outcome.order() == null) {
            throw new BusinessException(ErrorCode.ORDER_NOT_OPEN, "order " + orderId + " is no longer open");
        }
        return order.withEngineState(outcome.order()).view();
    }
}
