package org.opentrade.risk.adapter.in.mq;

import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.opentrade.api.trade.event.PrivateTradeExecuted;
import org.opentrade.api.trade.event.TradeTopics;
import org.opentrade.risk.domain.monitoring.TradeSeen;
import org.springframework.stereotype.Component;

/** Every trade with both users (PRIVATE_TRADE_EVENTS) -> monitoring (wash trading, volume, "no trade since"). */
@Component
@RocketMQMessageListener(topic = TradeTopics.PRIVATE_TRADE_EVENTS, consumerGroup = "risk-monitoring-trades",
        selectorExpression = "PrivateTradeExecuted", consumeThreadNumber = 1, consumeThreadMax = 1)
class PrivateTradesListener implements RocketMQListener<String> {
    private final MonitoredMessages messages;

    PrivateTradesListener(MonitoredMessages messages) {
        this.messages = messages;
    }

    @Override
    public void onMessage(String body) {
        PrivateTradeExecuted t = messages.read(TradeTopics.PRIVATE_TRADE_EVENTS, body, PrivateTradeExecuted.class);
        if (t != null) {
            messages.observe(TradeTopics.PRIVATE_TRADE_EVENTS, () -> new TradeSeen(t.eventId(), t.symbol(),
                    t.tradeId(), t.price(), t.quantity(), t.notional(), t.buyerUserId(), t.sellerUserId(),
                    t.timeEpochMs()));
        }
    }
}
