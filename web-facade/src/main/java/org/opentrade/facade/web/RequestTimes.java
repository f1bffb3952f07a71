package org.opentrade.facade.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/**
 * The from/to of a history route: an ISO-8601 instant ("2026-01-02T03:04:05.678Z") or epoch milliseconds ("1767323045678"),
 * as epoch milliseconds; absent is 0, unbounded. Anything else is a 400 with a code.
 */
final class RequestTimes {
    /** Plain digits are epoch milliseconds; 13 digits reach the year 2286. */
    static final String EPOCH_MS = "[0-9]{1,13}";

    private RequestTimes() {
    }

    static long epochMs(String name, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        long ms;
        if (text.matches(EPOCH_MS)) {
            ms = Long.parseLong(text);
        } else {
            try {
                ms = Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException | ArithmeticException e) {
                throw invalid(name);
            }
        }
        if (ms <= 0) {
            throw invalid(name);
        }
        return ms;
    }

    private static BusinessException invalid(String name) {
        return new BusinessException(ErrorCode.VALIDATION_FAILED,
                name + " must be an ISO-8601 instant (2026-01-02T03:04:05Z) or epoch milliseconds after 1970");
    }

    /** A window whose ends are both given must have from before to. */
    static void ordered(long fromMs, long toMs) {
        if (fromMs > 0 && toMs > 0 && fromMs >= toMs) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "from must be before to");
        }
    }
}
