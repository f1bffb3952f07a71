package org.opentrade.facade.stream;

import java.util.ArrayList;
import java.util.List;

import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.remoting.protocol.heartbeat.MessageModel;
import org.opentrade.api.trade.event.TradeTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Two push consumers in BROADCASTING mode, so every facade instance sees every event: ORDER_EVENTS (tag
 * OrderUpdated) and TRADE_EVENTS ({@value #TRADE_TAGS}). One consume thread each: the hub decides and sends
 * in arrival order, and a sequence check never races another thread's send. Offsets live in memory
 * ({@link LiveOffsets}); the instance name carries the PID so that two facades on one host stay two clients.
 */
final class TradeEventConsumers implements SmartLifecycle {
    /** Both consumers share one client instance (one set of threads and connections) per process. */
    static final String INSTANCE_NAME = "opentrade-stream";
    static final int CONSUME_BATCH_MAX = 32;
    static final int PULL_BATCH_MAX = 32;
    static final int QUEUE_MESSAGES_MAX = 1000;
    static final String TRADE_TAGS = "TradeExecuted || BookChanged || CandleChanged || TickerChanged";
    private static final Logger log = LoggerFactory.getLogger(TradeEventConsumers.class);

    private final StreamProperties properties;
    private final StreamEvents events;
    private final List<DefaultMQPushConsumer> consumers = new ArrayList<>();
    private volatile boolean running;

    TradeEventConsumers(StreamProperties properties, StreamEvents events) {
        this.properties = properties;
        this.events = events;
    }

    @Override
    public synchronized void start() {
        try {
            consumers.add(consumer(properties.ordersConsumerGroup(), TradeTopics.ORDER_EVENTS, "OrderUpdated"));
            consumers.add(consumer(properties.tradesConsumerGroup(), TradeTopics.TRADE_EVENTS, TRADE_TAGS));
        } catch (MQClientException e) {
            stop();
            throw new IllegalStateException("cannot start the stream's event consumers", e);
        }
        running = true;
    }

    private DefaultMQPushConsumer consumer(String group, String topic, String tags) throws MQClientException {
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(group);
        consumer.setNamesrvAddr(properties.nameServer());
        consumer.setInstanceName(INSTANCE_NAME + "@" + ProcessHandle.current().pid());
        consumer.setMessageModel(MessageModel.BROADCASTING);
        consumer.setOffsetStore(new LiveOffsets());
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_LAST_OFFSET);
        consumer.setConsumeThreadMin(1);
        consumer.setConsumeThreadMax(1);
        consumer.setConsumeMessageBatchMaxSize(CONSUME_BATCH_MAX);
        consumer.setPullBatchSize(PULL_BATCH_MAX);
        consumer.setPullThresholdForQueue(QUEUE_MESSAGES_MAX);
        consumer.subscribe(topic, tags);
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            for (MessageExt message : messages) {
                try {
                    if (!events.dispatch(message.getTags(), message.getBody())) {
                        log.warn("stream: skipped unreadable {} message {} (tag {})", topic, message.getMsgId(),
                                message.getTags());
                    }
                } catch (RuntimeException e) {
                    log.warn("stream: {} message {} not delivered", topic, message.getMsgId(), e);
                }
            }
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
        return consumer;
    }

    @Override
    public synchronized void stop() {
        consumers.forEach(DefaultMQPushConsumer::shutdown);
        consumers.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
