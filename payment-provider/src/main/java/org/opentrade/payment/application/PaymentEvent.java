package org.opentrade.payment.application;

import org.opentrade.api.money.Decimal8;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.PaymentStatus;

/**
 * The payload of the events on topic {@link #TOPIC}: DepositSucceeded, DepositFailed, WithdrawalSucceeded,
 * WithdrawalFailed (the message tag and the outbox event type). Amount as a decimal string.
 */
public record PaymentEvent(String paymentId, long userId, String kind, String asset, String amount, String status,
                           String reason, long occurredAtEpochMs) {
    public static final String TOPIC = "PAYMENT_EVENTS";

    static PaymentEvent of(Payment payment, PaymentStatus status, String reason, long nowEpochMs) {
        return new PaymentEvent(payment.paymentId(), payment.userId(), payment.kind().name(), payment.asset(),
                Decimal8.format(payment.amount()), status.name(), reason, nowEpochMs);
    }

    public static String typeOf(PaymentKind kind, PaymentStatus status) {
        return (kind == PaymentKind.DEPOSIT ? "Deposit" : "Withdrawal")
                + (status == PaymentStatus.SUCCEEDED ? "Succeeded" : "Failed");
    }
}
