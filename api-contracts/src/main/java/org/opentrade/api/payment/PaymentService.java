package org.opentrade.api.payment;

/** Deposits and withdrawals through the bank channel. */
public interface PaymentService {

    /** A payment of this user; PAYMENT_NOT_FOUND also when it belongs to someone else. */
    PaymentView getPayment(long userId, String paymentId);
}
