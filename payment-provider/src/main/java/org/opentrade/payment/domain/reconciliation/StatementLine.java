package org.opentrade.payment.domain.reconciliation;

import org.opentrade.payment.domain.BankOutcome;
import org.opentrade.payment.domain.PaymentKind;

/** One settled transfer on the bank's statement, in our terms (PAYMENT = deposit, PAYOUT = withdrawal). */
public record StatementLine(String bankReference, String merchantReference, PaymentKind kind, String asset,
                            long amount, BankOutcome outcome, long settledAtEpochMs) {
}
