package org.opentrade.fund.adapter.out.persistence;

/**
 * One row of the logical table {@code ledger_tx}: a reference taken on the owner's shard, by a journal transaction
 * or by a void that spent a hold's reference ({@link #SPENT_BY_VOID}).
 */
class LedgerTxRow {
    /** The type of a row that spends a hold reference without postings (see HoldVoid). */
    static final String SPENT_BY_VOID = "HOLD_VOID";

    private final String reference;
    private final long userId;
    private final String type;
    private final String contentSha256;

    LedgerTxRow(String reference, long userId, String type, String contentSha256) {
        this.reference = reference;
        this.userId = userId;
        this.type = type;
        this.contentSha256 = contentSha256;
    }

    public String getReference() {
        return reference;
    }

    public long getUserId() {
        return userId;
    }

    public String getType() {
        return type;
    }

    public String getContentSha256() {
        return contentSha256;
    }
}
