package org.opentrade.payment.domain;

public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED
}
