package org.opentrade.banksandbox.domain;

/** The transfer a request maps to, and whether this request created it (false: a retry of an earlier one). */
public record Admission(BankTransfer transfer, boolean created) {
}
