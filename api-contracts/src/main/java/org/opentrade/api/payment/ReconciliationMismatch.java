package org.opentrade.api.payment;

import java.io.Serializable;

/**
 * One difference found by reconciliation. type: MISSING_AT_BANK (we settled it, the bank's statement lacks it),
 * MISSING_HERE (the bank lists it, we have no such payment), AMOUNT_DIFFERS, STATUS_DIFFERS, LEDGER_DIFFERS (the
 * payment's outcome and the ledger's movements disagree). Amounts in 10^-8 units, -1 where there is none.
 */
public record ReconciliationMismatch(String type, String merchantReference, String asset, long bankAmount,
                                     long ourAmount, String detail) implements Serializable {
}
