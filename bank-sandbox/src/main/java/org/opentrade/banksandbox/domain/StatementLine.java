package org.opentrade.banksandbox.domain;

import java.time.Instant;

/** One settled transfer as the bank's statement shows it (which a planted mismatch may make untrue). */
public record StatementLine(
        String bankReference,
        String merchantReference,
        TransferKind kind,
        String asset,
        Amount amount,
        TransferStatus status,
        Instant settledAt) {

    public static StatementLine of(BankTransfer transfer) {
        TransferInstruction instruction = transfer.instruction();
        return new StatementLine(transfer.bankReference(), instruction.merchantReference(), instruction.kind(),
                instruction.asset(), instruction.amount(), transfer.status(), transfer.settledAt());
    }

    public StatementLine withAmount(Amount changed) {
        return new StatementLine(bankReference, merchantReference, kind, asset, changed, status, settledAt);
    }
}
