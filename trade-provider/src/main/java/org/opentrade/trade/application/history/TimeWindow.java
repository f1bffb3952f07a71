package org.opentrade.trade.application.history;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/** A history window in epoch milliseconds: {@code fromMs} inclusive, {@code toMs} exclusive, 0 unbounded. */
public record TimeWindow(long fromMs, long toMs) {

    public static TimeWindow of(long fromMs, long toMs) {
        if (fromMs < 0 || toMs < 0) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "from and to are instants after 1970");
        }
        if (fromMs > 0 && toMs > 0 && fromMs >= toMs) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "from must be before to");
        }
        return new TimeWindow(fromMs, toMs);
    }
}
