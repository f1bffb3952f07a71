package org.opentrade.trade.application.order;

import java.util.concurrent.CompletableFuture;
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
 * the cancel was on its way, answers ORDER_NOT_OPEN. Sending and waiting are separate steps so that a cancel-all
 * sends all its cancels before it waits (they share the engine's batches) and still cancels each order this way.
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
        long deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.answerTimeoutMs());
        return answer(order, send(order), deadlineNanos);
    }

    /** Sends the cancel of {@code order} (as read) to its engine; ORDER_NOT_OPEN at once if it is not open. */
    CompletableFuture<CommandOutcome> send(OrderRecord order) {
        if (!order.status().open()) {
            throw new BusinessException(ErrorCode.ORDER_NOT_OPEN, "order " + order.orderId() + " is " + order.status());
        }
        var engine = engines.bySymbol(order.symbol())
                .orElseThrow(() -> new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "no engine for " + order.symbol()));
        Submission cancel = new Submission(new CancelOrder(order.orderId(), order.userId()), order,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.logDeadlineMs()));
        return engine.submit(cancel);
    }

    /** The order as the engine left it, waiting until {@code deadlineNanos} at most. */
    OrderView answer(OrderRecord order, CompletableFuture<CommandOutcome> sent, long deadlineNanos) {
        long waitMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
        CommandOutcome outcome = EngineAnswers.await(sent, waitMs);
        if (outcome.order() == null) {
            throw new BusinessException(ErrorCode.ORDER_NOT_OPEN, "order " + order.orderId() + " is no longer open");
        }
        return order.withEngineState(outcome.order()).view();
    }

    PlacementSettings settings() {
        return settings;
    }
}
