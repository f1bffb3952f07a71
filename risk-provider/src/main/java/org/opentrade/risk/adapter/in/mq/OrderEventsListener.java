package org.opentrade.risk.adapter.in.mq;

import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.TradeTopics;
import org.opentrade.risk.domain.monitoring.OrderCanceledSeen;
import org.springframework.stereotype.Component;

/** Orders that ended CANCELED (ORDER_EVENTS) -> monitoring (cancel-to-fill ratio). Other states are skipped. */
@Component
@RocketMQMessageListener(topic = TradeTopics.ORDER_EVENTS, consumerGroup = "risk-monitoring-orders",
        selectorExpression = "OrderUpdated", consumeThreadNumber = 1, consumeThreadMax = 1)
class OrderEventsListener implements RocketMQListener<String> {
    static final String CANCELED = "CANCELED";

    private final MonitoredMessages messages;

    OrderEventsListener(MonitoredMessages messages) {
        this.messages = messages;
    }

    @Override
    public void onMessage(String body) {
        OrderUpdated o = messages.read(TradeTopics.ORDER_EVENTS, body, OrderUpdated.class);
        if (o != null && CANCELED.equals(o.status())) {
            messages.observe(TradeTopics.ORDER_EVENTS, () -> new OrderCanceledSeen(o.eventId(), o.userId(),
                    o.symbol(), o.orderId(), o.timeEpochMs()));
        }
    }
}
