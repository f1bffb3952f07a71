package org.opentrade.payment.domain;

import org.opentrade.api.payment.PaymentView;

/** A deposit or a withdrawal; amount in 10^-8 units of the asset. */
public record Payment(String paymentId, long userId, PaymentKind kind, String asset, long amount, PaymentStatus status,
                      long createdAtEpochMs) {

    public PaymentView view() {
        return new PaymentView(paymentId, userId, kind.name(), asset, amount, status.name(), createdAtEpochMs);
    }
}
