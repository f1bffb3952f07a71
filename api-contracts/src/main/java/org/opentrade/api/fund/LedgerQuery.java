package org.opentrade.api.fund;

import java.io.Serializable;

import org.opentrade.api.page.PageLimits;

/**
 * A page of a user's journal postings, newest first. {@code asset} null means every asset. The window is on the
 * posting time: {@code fromEpochMs} inclusive, {@code toEpochMs} exclusive, 0 meaning unbounded on that side.
 * {@code cursor} is the previous page's nextCursor (an entry id in plain digits, as the ledger issued before, is
 * accepted too), or null for the first page.
 */
public record LedgerQuery(long userId, String asset, long fromEpochMs, long toEpochMs, String cursor, int limit)
        implements Serializable {
    public static final int LIMIT_MAX = PageLimits.LIMIT_MAX;
}
