package org.opentrade.payment.adapter.in.mq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.junit.jupiter.api.Test;
import org.opentrade.api.payment.event.PaymentEvent;

/** The SMS consumer subscribes to the final outcomes only: WithdrawalRequested is for risk monitoring. */
class PaymentEventsListenerTest {

    @Test
    void selectsEveryFinalOutcomeAndNotWithdrawalRequested() {
        String selector = PaymentEventsListener.class.getAnnotation(RocketMQMessageListener.class).selectorExpression();
        var tags = Arrays.stream(selector.split("\\|\\|")).map(String::trim).toList();

        assertThat(tags).containsExactlyInAnyOrder(PaymentEvent.DEPOSIT_SUCCEEDED, PaymentEvent.DEPOSIT_FAILED,
                PaymentEvent.WITHDRAWAL_SUCCEEDED, PaymentEvent.WITHDRAWAL_FAILED);
        assertThat(tags).doesNotContain(PaymentEvent.WITHDRAWAL_REQUESTED);
    }
}
