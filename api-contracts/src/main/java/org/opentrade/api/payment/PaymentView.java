package org.opentrade.api.payment;

import java.io.Serializable;

/** kind is DEPOSIT or WITHDRAWAL; status PENDING, SUCCEEDED or FAILED; amount in 10^-8 units. */
public record PaymentView(String paymentId, long userId, String kind, String asset, long amount, String status,
                          long createdAtEpochMs) implements Serializable {
}
