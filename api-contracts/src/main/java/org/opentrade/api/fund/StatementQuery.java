package org.opentrade.api.fund;

import java.io.Serializable;

/**
 * A user's ledger statement: every posting in [{@code fromEpochMs}, {@code toEpochMs}), both required, at most
 * {@link #SPAN_DAYS_MAX} days apart, of one asset or (null) all. A range holding more than {@link #LINES_MAX}
 * postings is refused (STATEMENT_TOO_LARGE) rather than cut: a statement is complete or it is not given.
 */
public record StatementQuery(long userId, String asset, long fromEpochMs, long toEpochMs) implements Serializable {
    public static final int SPAN_DAYS_MAX = 366;
    public static final long SPAN_MS_MAX = SPAN_DAYS_MAX * 86_400_000L;
    /** About 1.5 MB over Dubbo and 1.2 MB of CSV: one answer, well under Dubbo's 8 MB payload. */
    public static final int LINES_MAX = 10_000;
}
