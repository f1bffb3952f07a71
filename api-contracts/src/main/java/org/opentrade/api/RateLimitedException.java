package org.opentrade.api;

/**
 * A refusal that says when to come back (a 429: RATE_LIMITED, TOO_MANY_LOGIN_ATTEMPTS): the facade answers it with
 * {@code Retry-After} and the {@code RateLimit-*} headers. {@code limit} is the count allowed per window (0 when the
 * refusal is not a count), {@code retryAfterS} whole seconds, at least 1.
 */
public class RateLimitedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final long limit;
    private final long retryAfterS;

    /** The parameters are named as the fields they restore, so every Dubbo wire can rebuild the exception. */
    public RateLimitedException(ErrorCode code, String message, long limit, long retryAfterS) {
        super(code, message);
        this.limit = Math.max(0, limit);
        this.retryAfterS = Math.max(1, retryAfterS);
    }

    public long limit() {
        return limit;
    }

    public long retryAfterS() {
        return retryAfterS;
    }
}
