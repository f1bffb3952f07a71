package org.opentrade.api.payment;

import java.io.Serializable;

import org.opentrade.api.page.PageLimits;

/**
 * A page of a user's payments of one kind (DEPOSIT or WITHDRAWAL), newest first. The window is on the creation time:
 * {@code fromEpochMs} inclusive, {@code toEpochMs} exclusive, 0 meaning unbounded on that side. {@code cursor} is the
 * previous page's nextCursor, or null for the first page.
 */
public record PaymentQuery(long userId, String kind, long fromEpochMs, long toEpochMs, String cursor, int limit)
        implements Serializable {
    public static final int LIMIT_MAX = PageLimits.LIMIT_MAX;
}
