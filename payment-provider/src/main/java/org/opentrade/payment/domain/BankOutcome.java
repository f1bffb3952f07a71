package org.opentrade.payment.domain;

/** What the bank made of a payment or payout: final, never changed by the bank afterwards. */
public enum BankOutcome {
    SUCCEEDED, FAILED
}
