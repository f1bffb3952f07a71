package org.opentrade.banksandbox.web;

import org.opentrade.banksandbox.domain.BankTransfer;

/** A transfer as a status inquiry shows it; settledAt is null until it settles. */
record TransferView(String bankReference, String merchantReference, String kind, String status, String amount,
                    String asset, String acceptedAt, String settledAt) {

    static TransferView of(BankTransfer transfer) {
        return new TransferView(transfer.bankReference(), transfer.merchantReference(),
                transfer.instruction().kind().name(), transfer.status().name(), transfer.instruction().amount().text(),
                transfer.instruction().asset(), transfer.acceptedAt().toString(),
                transfer.settledAt() == null ? null : transfer.settledAt().toString());
    }
}
