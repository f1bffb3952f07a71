package org.opentrade.banksandbox.domain;

/** ACCEPTED until the bank settles the transfer, then exactly one of the final states, never changed again. */
public enum TransferStatus {
    ACCEPTED,
    SUCCEEDED,
    FAILED;

    public boolean isFinal() {
        return this != ACCEPTED;
    }
}
