package org.opentrade.banksandbox.domain;

/** What the sandbox has been told to make of a transfer when it settles. */
public enum Outcome {
    SUCCEED,
    FAIL;

    public TransferStatus finalStatus() {
        return this == SUCCEED ? TransferStatus.SUCCEEDED : TransferStatus.FAILED;
    }
}
