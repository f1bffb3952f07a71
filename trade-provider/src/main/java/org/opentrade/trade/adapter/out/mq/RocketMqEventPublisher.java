package org.opentrade.trade.adapter.out.mq;

import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.apache.rocketmq.spring.support.RocketMQHeaders;
import org.opentrade.trade.application.events.EventPublisher;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/** Synchronous sends (the broker has stored the message when this returns), JSON body, tag = the record's name. */
@Component
class RocketMqEventPublisher implements EventPublisher {

    private final RocketMQTemplate rocketMq;

    RocketMqEventPublisher(RocketMQTemplate rocketMq) {
        this.rocketMq = rocketMq;
    }

    @Override
    public void publish(String topic, String key, Object event) {
        rocketMq.syncSend(topic + ":" + event.getClass().getSimpleName(),
                MessageBuilder.withPayload(event).setHeader(RocketMQHeaders.KEYS, key).build());
    }
}
