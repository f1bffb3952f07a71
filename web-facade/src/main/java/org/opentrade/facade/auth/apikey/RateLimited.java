package org.opentrade.facade.auth.apikey;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/** RATE_LIMITED with when to come back: the Retry-After header, whole seconds, at least 1. */
public class RateLimited extends BusinessException {
    private final long retryAfterS;

    RateLimited(long retryAfterMs) {
        super(ErrorCode.RATE_LIMITED, "this API key's rate is used up; retry after " + retryAfterMs + " ms");
        this.retryAfterS = Math.max(1, (retryAfterMs + 999) / 1_000);
    }

    public long retryAfterS() {
        return retryAfterS;
    }
}
