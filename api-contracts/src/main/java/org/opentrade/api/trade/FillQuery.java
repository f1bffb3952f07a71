package org.opentrade.api.trade;

import java.io.Serializable;

import org.opentrade.api.page.PageLimits;

/**
 * A page of a user's fills, newest first. {@code symbol} and {@code orderId} null mean any (an orderId that is not
 * the user's order is ORDER_NOT_FOUND). The window is on the trade time: {@code fromEpochMs} inclusive,
 * {@code toEpochMs} exclusive, 0 meaning unbounded on that side. {@code cursor} is the previous page's nextCursor, or
 * null for the first page.
 */
public record FillQuery(long userId, String symbol, String orderId, long fromEpochMs, long toEpochMs, String cursor,
                        int limit) implements Serializable {
    public static final int LIMIT_MAX = PageLimits.LIMIT_MAX;
}
