package org.opentrade.fund.domain.ledger;

/**
 * What a journal transaction does. One business reference (an order id, a trade id, a payment id) names
 * several transactions, for example the freeze and the unfreeze of one order, so {@link Postings} makes each
 * journal reference from the type and the business reference: see {@link #referenceFor(String)}.
 */
public enum TransactionType {
    /** Money arrived from the bank: user AVAILABLE +, BANK_CLEARING -. */
    DEPOSIT,
    /** Money leaves for the bank: user AVAILABLE -, BANK_CLEARING +. */
    WITHDRAWAL,
    /** The bank refused a withdrawal: its exact reverse. */
    WITHDRAWAL_REFUND,
    /** A hold for an order: AVAILABLE to FROZEN. */
    FREEZE,
    /** A hold released: FROZEN to AVAILABLE. */
    UNFREEZE,
    /** The buyer's half of one fill, against the buyer shard's TRADE_CLEARING. */
    TRADE_BUY,
    /** The seller's half of one fill, against the seller shard's TRADE_CLEARING. */
    TRADE_SELL,
    /** The sender's half of a transfer, against the sender shard's TRANSFER_CLEARING. */
    TRANSFER_OUT,
    /** The recipient's half of a transfer, against the recipient shard's TRANSFER_CLEARING. */
    TRANSFER_IN,
    /** A transfer that will not complete: the exact reverse of its out leg (journal rows are never deleted). */
    TRANSFER_OUT_REVERSAL;

    /**
     * The journal reference of this type's transaction for {@code businessReference}: {@code "FREEZE:order-42"}.
     * Distinct per type, so that the idempotency check on the journal reference tells apart the
     * transactions of one business event, and the database's unique key on (reference, account, asset, bucket)
     * keeps the two settlement legs of a fill apart even when buyer and seller share a shard.
     */
    public String referenceFor(String businessReference) {
        if (businessReference == null || businessReference.isBlank()) {
            throw new IllegalArgumentException("blank business reference");
        }
        if (businessReference.length() > LedgerLimits.BUSINESS_REFERENCE_LENGTH_MAX) {
            throw new IllegalArgumentException("business reference longer than "
                    + LedgerLimits.BUSINESS_REFERENCE_LENGTH_MAX + " characters");
        }
        return name() + ':' + businessReference;
    }
}
