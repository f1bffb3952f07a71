package org.opentrade.payment.application;

import org.opentrade.api.money.Decimal8;
import org.opentrade.api.payment.event.PaymentEvent;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.PaymentStatus;

/** Builds the {@link PaymentEvent} of a payment's state and names its type (the outbox event type and message tag). */
public final class PaymentEvents {
    private PaymentEvents() {
    }

    static PaymentEvent of(Payment payment, PaymentStatus status, String reason, long nowEpochMs) {
        return new PaymentEvent(payment.paymentId(), payment.userId(), payment.kind().name(), payment.asset(),
                Decimal8.format(payment.amount()), status.name(), reason, nowEpochMs);
    }

    /** A withdrawal whose global transaction committed: accepted, its amount debited, not yet sent to the bank. */
    public static PaymentEvent withdrawalRequested(Payment withdrawal, long nowEpochMs) {
        return of(withdrawal, withdrawal.status(), null, nowEpochMs);
    }

    static String typeOf(PaymentKind kind, PaymentStatus status) {
        if (kind == PaymentKind.DEPOSIT) {
            return status == PaymentStatus.SUCCEEDED ? PaymentEvent.DEPOSIT_SUCCEEDED : PaymentEvent.DEPOSIT_FAILED;
        }
        return status == PaymentStatus.SUCCEEDED ? PaymentEvent.WITHDRAWAL_SUCCEEDED : PaymentEvent.WITHDRAWAL_FAILED;
    }
}
