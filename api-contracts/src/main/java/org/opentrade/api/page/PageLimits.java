package org.opentrade.api.page;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/**
 * The one check of a page size: out of range is the caller's mistake, not something to clamp silently. Every list of
 * the API pages at most {@link #LIMIT_MAX} rows, {@link #LIMIT_DEFAULT} when the client names no limit.
 */
public final class PageLimits {
    public static final int LIMIT_MAX = 500;
    public static final int LIMIT_DEFAULT = 50;

    private PageLimits() {
    }

    public static int checked(int limit, int limitMax) {
        if (limit < 1 || limit > limitMax) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "limit must be 1-" + limitMax);
        }
        return limit;
    }
}
