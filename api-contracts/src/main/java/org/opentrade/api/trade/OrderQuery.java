package org.opentrade.api.trade;

import java.io.Serializable;

import org.opentrade.api.page.PageLimits;

/**
 * A page of a user's orders, newest first. {@code symbol} null means every symbol; {@code openOnly} keeps NEW and
 * PARTIALLY_FILLED. The window is on the creation time: {@code fromEpochMs} inclusive, {@code toEpochMs} exclusive,
 * 0 meaning unbounded on that side. {@code cursor} is the previous page's nextCursor, or null for the first page.
 */
public record OrderQuery(long userId, String symbol, boolean openOnly, long fromEpochMs, long toEpochMs,
                         String cursor, int limit) implements Serializable {
    public static final int LIMIT_MAX = PageLimits.LIMIT_MAX;
}
