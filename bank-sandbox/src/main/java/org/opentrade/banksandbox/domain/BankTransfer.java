package org.opentrade.banksandbox.domain;

import java.time.Instant;

/**
 * One transfer as the bank records it. The outcome is fixed when the request is accepted (from the behaviour
 * in force then), and becomes the status when the bank settles it.
 */
public record BankTransfer(
        String bankReference,
        TransferInstruction instruction,
        Outcome plannedOutcome,
        TransferStatus status,
        Instant acceptedAt,
        Instant settledAt) {

    public static BankTransfer accepted(String bankReference, TransferInstruction instruction, Outcome outcome,
                                        Instant acceptedAt) {
        return new BankTransfer(bankReference, instruction, outcome, TransferStatus.ACCEPTED, acceptedAt, null);
    }

    public BankTransfer settled(Instant at) {
        if (status.isFinal()) {
            return this;
        }
        return new BankTransfer(bankReference, instruction, plannedOutcome, plannedOutcome.finalStatus(), acceptedAt,
                at);
    }

    BankTransfer withInstruction(TransferInstruction equalInstruction) {
        return new BankTransfer(bankReference, equalInstruction, plannedOutcome, status, acceptedAt, settledAt);
    }

    public boolean isSettled() {
        return status.isFinal();
    }

    public String merchantReference() {
        return instruction.merchantReference();
    }
}
