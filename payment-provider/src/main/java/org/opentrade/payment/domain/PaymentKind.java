package org.opentrade.payment.domain;

public enum PaymentKind {
    DEPOSIT, WITHDRAWAL
}
