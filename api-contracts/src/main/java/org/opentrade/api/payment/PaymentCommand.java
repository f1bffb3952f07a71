package org.opentrade.api.payment;

import java.io.Serializable;

/** A deposit or withdrawal request: amount in 10^-8 units of asset, > 0; idempotencyKey from the client. */
public record PaymentCommand(long userId, String asset, long amount, String idempotencyKey) implements Serializable {
}
