package org.opentrade.fund.application.transfer;

public enum TransferStatus {
    PENDING, COMPLETED, FAILED
}
