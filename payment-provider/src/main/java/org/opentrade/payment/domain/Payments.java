package org.opentrade.payment.domain;

import java.util.Optional;

public interface Payments {
    /** The payment if it exists and belongs to this user; another user's payment is as good as missing. */
    Optional<Payment> ofUser(long userId, String paymentId);
}
