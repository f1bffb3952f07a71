package org.opentrade.trade.application.order;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.CanceledOrders;
import org.opentrade.api.trade.OrderView;
import org.opentrade.trade.application.engine.CommandOutcome;
import org.opentrade.trade.domain.order.OrderRecord;
import org.springframework.stereotype.Service;

/**
 * Cancels a user's open orders, a bounded batch per call, each through {@link OrderCancellation} so its hold is
 * released exactly as for a single cancel. All cancels are sent before any answer is awaited, so they share the
 * engines' batches and the whole call waits about as long as one cancel. An order that filled or was canceled
 * before its cancel arrived is reported as it is now: the caller asked for "nothing open", and that is what it got.
 */
@Service
public class CancelAllOrders {
    private final OrderCancellation cancellation;
    private final Orders orders;

    public CancelAllOrders(OrderCancellation cancellation, Orders orders) {
        this.cancellation = cancellation;
        this.orders = orders;
    }

    public CanceledOrders cancelAll(long userId, String symbolOrNull) {
        List<OrderRecord> open = orders.list(userId, symbolOrNull, true, CanceledOrders.BATCH_MAX);
        List<CompletableFuture<CommandOutcome>> sent = new ArrayList<>(open.size());
        for (OrderRecord order : open) {
            sent.add(sendOrNull(order));
        }
        long deadlineNanos = System.nanoTime()
                + TimeUnit.MILLISECONDS.toNanos(cancellation.settings().answerTimeoutMs());
        List<OrderView> ended = new ArrayList<>(open.size());
        for (int i = 0; i < open.size(); i++) {
            ended.add(outcome(open.get(i), sent.get(i), deadlineNanos));
        }
        return new CanceledOrders(ended, orders.countOpen(userId, symbolOrNull));
    }

    /** Null when the order was no longer open as read (a race with its last fill): nothing to send. */
    private CompletableFuture<CommandOutcome> sendOrNull(OrderRecord order) {
        try {
            return cancellation.send(order);
        } catch (BusinessException e) {
            if (e.code() == ErrorCode.ORDER_NOT_OPEN) {
                return null;
            }
            throw e;
        }
    }

    private OrderView outcome(OrderRecord order, CompletableFuture<CommandOutcome> sent, long deadlineNanos) {
        if (sent != null) {
            try {
                return cancellation.answer(order, sent, deadlineNanos);
            } catch (BusinessException e) {
                if (e.code() != ErrorCode.ORDER_NOT_OPEN) {
                    throw e;
                }
            }
        }
        return orders.byId(order.userId(), order.orderId()).map(OrderRecord::view).orElse(order.view());
    }
}
