package org.opentrade.trade.domain.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.opentrade.trade.domain.matching.CancelReason;
import org.opentrade.trade.domain.matching.RestingOrder;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAccepted;
import org.opentrade.trade.domain.matching.event.OrderAmended;
import org.opentrade.trade.domain.matching.event.OrderCanceled;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.OrderRejected;
import org.opentrade.trade.domain.matching.event.Trade;

/**
 * Folds the events of a batch of engine commands into one {@link OrderUpdate} per order touched. An order that
 * ended (filled, canceled, rejected) takes its final event; one that still rests takes the book's view of it at
 * the end of the batch, which is why the caller resolves after the whole batch has executed. An order an amend
 * changed carries its terms as the batch's last amend of it left them.
 */
public final class OrderUpdates {

    private final Map<Long, Long> touched = new LinkedHashMap<>();           // orderId -> userId
    private final Map<Long, OrderUpdate> finals = new LinkedHashMap<>();
    private final Map<Long, OrderTerms> amended = new LinkedHashMap<>();

    public void add(EngineEvent event) {
        if (event instanceof OrderAccepted accepted) {
            touch(accepted.orderId(), accepted.userId());
        } else if (event instanceof OrderAmended amend) {
            touch(amend.orderId(), amend.userId());
            amended.put(amend.orderId(), new OrderTerms(amend.price(), amend.quantity(), amend.reservedAmount()));
        } else if (event instanceof Trade trade) {
            touch(trade.makerOrderId(), trade.makerUserId());
            touch(trade.takerOrderId(), trade.takerUserId());
        } else if (event instanceof OrderFilled filled) {
            finish(new OrderUpdate(filled.orderId(), filled.userId(), OrderStatus.FILLED, 0,
                    filled.releasedAmount(), null));
        } else if (event instanceof OrderCanceled canceled) {
            finish(new OrderUpdate(canceled.orderId(), canceled.userId(), OrderStatus.CANCELED,
                    canceled.remainingQuantity(), canceled.releasedAmount(),
                    canceled.reason() == CancelReason.USER_REQUESTED ? null : canceled.reason().name()));
        } else if (event instanceof OrderRejected rejected) {
            finish(new OrderUpdate(rejected.orderId(), rejected.userId(), OrderStatus.REJECTED, 0, 0,
                    rejected.reason().name()));
        }
        // CancelRejected, AmendRejected: the order did not change
    }

    public void addAll(List<EngineEvent> events) {
        events.forEach(this::add);
    }

    /** One update per order touched, in first-touched order; {@code resting} looks an order up in the book now. */
    public List<OrderUpdate> resolve(LongFunction<Optional<RestingOrder>> resting) {
        List<OrderUpdate> updates = new ArrayList<>(touched.size());
        touched.forEach((orderId, userId) -> {
            OrderUpdate last = finals.get(orderId);
            if (last == null) {
                RestingOrder order = resting.apply(orderId)
                        .orElseThrow(() -> new IllegalStateException("order " + orderId + " neither ended nor rests"));
                OrderStatus status = order.filledQuantity() == 0 ? OrderStatus.NEW : OrderStatus.PARTIALLY_FILLED;
                last = new OrderUpdate(orderId, userId, status, order.remainingQuantity(), 0, null);
            }
            OrderTerms terms = amended.get(orderId);
            updates.add(terms == null ? last : last.withTerms(terms));
        });
        return updates;
    }

    private void touch(long orderId, long userId) {
        touched.putIfAbsent(orderId, userId);
    }

    private void finish(OrderUpdate update) {
        touch(update.orderId(), update.userId());
        finals.put(update.orderId(), update);
    }
}
