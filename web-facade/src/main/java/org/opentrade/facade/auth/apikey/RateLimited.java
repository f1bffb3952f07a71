package org.opentrade.facade.auth.apikey;

import org.opentrade.api.ErrorCode;
import org.opentrade.api.RateLimitedException;

/** RATE_LIMITED for an API key past its rate: the key's rate per second, and when the next request fits. */
public class RateLimited extends RateLimitedException {
    private static final long serialVersionUID = 1L;

    RateLimited(long requestsPerSecond, long retryAfterMs) {
        super(ErrorCode.RATE_LIMITED, "this API key's rate is used up; retry after " + retryAfterMs + " ms",
                requestsPerSecond, (retryAfterMs + 999) / 1_000);
    }
}
