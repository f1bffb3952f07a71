package org.opentrade.fund.domain.ledger;

/**
 * Every bound of the ledger, in one place, chosen up front so that no arithmetic can wrap silently and no
 * request can make the ledger do unbounded work. The persistence adapter sizes its columns from these.
 */
public final class LedgerLimits {

    /**
     * Largest amount of one posting, in 10^-8 units: 10^17 units = 10^9 whole units of any asset. Far above
     * any real movement, yet 92 such postings still fit a {@code long}, so a transaction's per-asset sum
     * ({@link #POSTINGS_MAX} postings) can never overflow.
     */
    public static final long AMOUNT_MAX = org.opentrade.api.money.Amounts.MAX;

    /** Most postings in one journal transaction; a settlement leg, the largest, needs 5. */
    public static final int POSTINGS_MAX = 8;

    /** Longest journal reference, in characters; the journal's {@code reference} column is VARCHAR(128). */
    public static final int REFERENCE_LENGTH_MAX = 128;

    /**
     * Longest business reference (order id, trade id, payment id, Idempotency-Key) the factories in
     * {@link Postings} accept, in characters. They prefix it with the transaction type, and the longest
     * prefix must still fit {@link #REFERENCE_LENGTH_MAX}.
     */
    public static final int BUSINESS_REFERENCE_LENGTH_MAX = 100;

    /**
     * Most items in one batched call (holds, releases, fills or voids). The database adapter writes a batch's journal
     * rows on a shard with one INSERT: at most 500 x 5 postings x 7 values = 17,500 placeholders, well inside
     * MariaDB's 65,535 per statement, and a batch's statements and row locks stay short.
     */
    public static final int BATCH_SIZE_MAX = 500;

    private LedgerLimits() {
    }
}
