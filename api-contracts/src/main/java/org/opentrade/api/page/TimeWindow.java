package org.opentrade.api.page;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/** A history window in epoch milliseconds: {@code fromMs} inclusive, {@code toMs} exclusive, 0 unbounded. */
public record TimeWindow(long fromMs, long toMs) {

    public static TimeWindow of(long fromMs, long toMs) {
        if (fromMs < 0 || toMs < 0) {
            throw invalid("from and to are instants after 1970");
        }
        if (fromMs > 0 && toMs > 0 && fromMs >= toMs) {
            throw invalid("from must be before to");
        }
        return new TimeWindow(fromMs, toMs);
    }

    /**
     * A window bounded on both sides and at most {@code spanMsMax} long: what a report that reads a whole range at
     * once (a statement) may ask for.
     */
    public static TimeWindow closed(long fromMs, long toMs, long spanMsMax) {
        TimeWindow window = of(fromMs, toMs);
        if (fromMs == 0 || toMs == 0) {
            throw invalid("from and to are both required");
        }
        if (toMs - fromMs > spanMsMax) {
            throw invalid("from and to may be at most " + spanMsMax / 86_400_000L + " days apart");
        }
        return window;
    }

    private static BusinessException invalid(String message) {
        return new BusinessException(ErrorCode.VALIDATION_FAILED, message);
    }
}
