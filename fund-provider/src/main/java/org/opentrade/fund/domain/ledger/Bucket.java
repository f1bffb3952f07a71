package org.opentrade.fund.domain.ledger;

/** The two balances of an account: money the owner can use, and money held for an open order or a payment. */
public enum Bucket {
    AVAILABLE, FROZEN
}
