package org.opentrade.trade.application.history;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/** The one check of a page size: out of range is the caller's mistake, not something to clamp silently. */
public final class PageLimits {
    private PageLimits() {
    }

    public static int checked(int limit, int limitMax) {
        if (limit < 1 || limit > limitMax) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "limit must be 1-" + limitMax);
        }
        return limit;
    }
}
