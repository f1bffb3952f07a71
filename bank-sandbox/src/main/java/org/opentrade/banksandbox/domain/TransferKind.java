package org.opentrade.banksandbox.domain;

/** Money coming in from an account holder (PAYMENT, a deposit for the merchant) or going out (PAYOUT). */
public enum TransferKind {
    PAYMENT,
    PAYOUT
}
