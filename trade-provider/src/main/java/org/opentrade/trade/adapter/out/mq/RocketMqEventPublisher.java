package org.opentrade.trade.adapter.out.mq;

import java.util.List;

import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.apache.rocketmq.spring.support.RocketMQHeaders;
import org.opentrade.trade.application.events.EventPublisher;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Synchronous sends (the broker has stored the message when this returns), JSON body, tag = the record's name.
 * A list goes as one RocketMQ batch message (one topic, one tag), stored or refused as a whole.
 */
@Component
class RocketMqEventPublisher implements EventPublisher {
    /** RocketMQ refuses batches above 4 MiB; events are a few hundred bytes. */
    static final int BATCH_SIZE_MAX = 500;

    private final RocketMQTemplate rocketMq;

    RocketMqEventPublisher(RocketMQTemplate rocketMq) {
        this.rocketMq = rocketMq;
    }

    @Override
    public void publish(String topic, String key, Object event) {
        rocketMq.syncSend(destination(topic, event), message(key, event));
    }

    @Override
    public void publishAll(String topic, List<Keyed> events) {
        for (int from = 0; from < events.size(); from += BATCH_SIZE_MAX) {
            List<Keyed> page = events.subList(from, Math.min(events.size(), from + BATCH_SIZE_MAX));
            List<Message<Object>> messages = page.stream().map(e -> message(e.key(), e.event())).toList();
            rocketMq.syncSend(destination(topic, page.get(0).event()), messages);
        }
    }

    private static String destination(String topic, Object event) {
        return topic + ":" + event.getClass().getSimpleName();
    }

    private static Message<Object> message(String key, Object event) {
        return MessageBuilder.withPayload(event).setHeader(RocketMQHeaders.KEYS, key).build();
    }
}
