package org.opentrade.payment.adapter.in.mq;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.opentrade.payment.application.Notices;
import org.opentrade.api.payment.event.PaymentEvent;
import org.opentrade.platform.outbox.OutboxEvent;
import org.springframework.stereotype.Component;

/**
 * PAYMENT_EVENTS -> SMS notices. A handler that throws makes RocketMQ deliver the message again later. Only the
 * final outcomes are selected: WithdrawalRequested (for risk monitoring) is no news to the user who just asked, and
 * {@link Notices} words every event as an outcome.
 */
@Component
@RocketMQMessageListener(topic = PaymentEvent.TOPIC, consumerGroup = "payment-sms-notices",
        selectorExpression = PaymentEventsListener.SELECTOR)
class PaymentEventsListener implements RocketMQListener<String> {
    static final String SELECTOR = PaymentEvent.DEPOSIT_SUCCEEDED + " || " + PaymentEvent.DEPOSIT_FAILED + " || "
            + PaymentEvent.WITHDRAWAL_SUCCEEDED + " || " + PaymentEvent.WITHDRAWAL_FAILED;

    private final Notices notices;
    private final ObjectMapper json;

    PaymentEventsListener(Notices notices, ObjectMapper json) {
        this.notices = notices;
        this.json = json;
    }

    @Override
    public void onMessage(String message) {
        try {
            OutboxEvent event = json.readValue(message, OutboxEvent.class);
            notices.onPaymentEvent(event.eventId(), json.readValue(event.payload(), PaymentEvent.class));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("unreadable payment event: " + message, e);
        }
    }
}
