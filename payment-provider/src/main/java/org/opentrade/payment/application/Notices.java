package org.opentrade.payment.application;

import org.opentrade.api.payment.event.PaymentEvent;
import org.opentrade.payment.application.port.SmsChannel;
import org.opentrade.platform.outbox.ProcessedEvents;
import org.springframework.stereotype.Service;

/**
 * SMS to the user when a deposit or withdrawal ends, driven by the PAYMENT_EVENTS it published: once per event
 * (processed-event row), retried by redelivery while the gateway is down. Users have no phone number in this venue
 * yet, so the recipient is the user's account handle at the gateway ({@code user-<id>}).
 */
@Service
public class Notices {
    static final String CONSUMER = "payment-sms-notices";

    private final SmsChannel sms;
    private final ProcessedEvents processed;

    public Notices(SmsChannel sms, ProcessedEvents processed) {
        this.sms = sms;
        this.processed = processed;
    }

    public void onPaymentEvent(String eventId, PaymentEvent event) {
        processed.runOnce(CONSUMER, eventId, () -> sms.send(recipient(event.userId()), text(event)));
    }

    static String recipient(long userId) {
        return "user-" + userId;
    }

    static String text(PaymentEvent event) {
        String what = "DEPOSIT".equals(event.kind()) ? "Deposit" : "Withdrawal";
        String result = "SUCCEEDED".equals(event.status()) ? "succeeded"
                : "DEPOSIT".equals(event.kind()) ? "failed" : "failed and was refunded";
        return "opentrade: " + what + " of " + event.amount() + " " + event.asset() + " " + result
                + " (ref " + event.paymentId() + ").";
    }
}
