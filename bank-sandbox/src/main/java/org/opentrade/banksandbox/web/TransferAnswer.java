package org.opentrade.banksandbox.web;

import org.opentrade.banksandbox.domain.BankTransfer;

/** The answer to a payment or payout request: ACCEPTED, or the final status when already settled. */
record TransferAnswer(String bankReference, String status) {

    static TransferAnswer of(BankTransfer transfer) {
        return new TransferAnswer(transfer.bankReference(), transfer.status().name());
    }
}
