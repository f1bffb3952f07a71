package org.opentrade.api.payment.event;

import java.io.Serializable;

/**
 * The payload of the events payment-provider publishes on {@link #TOPIC} through its outbox (inside the platform's
 * outbox envelope: {@code {"eventId", "payload"}}), the message tag being one of the type names below. Published only
 * after the state it describes committed; delivered at least once, so consumers dedupe on the envelope's eventId.
 * {@code amount} is a decimal string.
 */
public record PaymentEvent(String paymentId, long userId, String kind, String asset, String amount, String status,
                           String reason, long occurredAtEpochMs) implements Serializable {
    public static final String TOPIC = "PAYMENT_EVENTS";
    public static final String DEPOSIT_SUCCEEDED = "DepositSucceeded";
    public static final String DEPOSIT_FAILED = "DepositFailed";
    /** A withdrawal accepted and its amount debited, before the bank is asked (risk monitoring watches these). */
    public static final String WITHDRAWAL_REQUESTED = "WithdrawalRequested";
    public static final String WITHDRAWAL_SUCCEEDED = "WithdrawalSucceeded";
    public static final String WITHDRAWAL_FAILED = "WithdrawalFailed";
}
