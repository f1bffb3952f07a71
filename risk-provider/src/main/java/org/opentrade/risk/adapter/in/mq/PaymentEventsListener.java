package org.opentrade.risk.adapter.in.mq;

import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.payment.event.PaymentEvent;
import org.opentrade.platform.outbox.OutboxEvent;
import org.opentrade.risk.domain.monitoring.DepositSeen;
import org.opentrade.risk.domain.monitoring.WithdrawalSeen;
import org.springframework.stereotype.Component;

/** Deposits credited and withdrawals requested (PAYMENT_EVENTS, in the outbox envelope) -> monitoring. */
@Component
@RocketMQMessageListener(topic = PaymentEvent.TOPIC, consumerGroup = "risk-monitoring-payments",
        selectorExpression = PaymentEvent.DEPOSIT_SUCCEEDED + " || " + PaymentEvent.WITHDRAWAL_REQUESTED,
        consumeThreadNumber = 1, consumeThreadMax = 1)
class PaymentEventsListener implements RocketMQListener<String> {
    private final MonitoredMessages messages;

    PaymentEventsListener(MonitoredMessages messages) {
        this.messages = messages;
    }

    @Override
    public void onMessage(String body) {
        OutboxEvent envelope = messages.read(PaymentEvent.TOPIC, body, OutboxEvent.class);
        if (envelope == null) {
            return;
        }
        PaymentEvent p = messages.read(PaymentEvent.TOPIC, envelope.payload(), PaymentEvent.class);
        if (p == null) {
            return;
        }
        if (PaymentEvent.DEPOSIT_SUCCEEDED.equals(envelope.type())) {
            messages.observe(PaymentEvent.TOPIC, () -> new DepositSeen(envelope.eventId(), p.userId(), p.asset(),
                    Decimal8.parse(p.amount()), p.occurredAtEpochMs()));
        } else if (PaymentEvent.WITHDRAWAL_REQUESTED.equals(envelope.type())) {
            messages.observe(PaymentEvent.TOPIC, () -> new WithdrawalSeen(envelope.eventId(), p.userId(), p.asset(),
                    Decimal8.parse(p.amount()), p.occurredAtEpochMs()));
        }
    }
}
