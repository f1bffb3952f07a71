package org.opentrade.payment.domain.reconciliation;

/** One difference between the bank, our payment records and the ledger; amounts -1 where a side has none. */
public record Mismatch(Type type, String merchantReference, String asset, long bankAmount, long ourAmount,
                       String detail) {

    public enum Type {
        /** we recorded the bank's acceptance and settled it, the statement lacks it */
        MISSING_AT_BANK,
        /** the statement lists it, we have no such payment */
        MISSING_HERE,
        AMOUNT_DIFFERS,
        /** the bank says one outcome, our record another (or ours is still pending) */
        STATUS_DIFFERS,
        /** the payment's outcome and what the ledger posted for it disagree */
        LEDGER_DIFFERS
    }
}
