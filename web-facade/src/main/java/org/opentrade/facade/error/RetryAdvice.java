package org.opentrade.facade.error;

import org.opentrade.api.ErrorCode;

import jakarta.servlet.http.HttpServletResponse;
import org.opentrade.api.RateLimitedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * When to come back, as headers: {@code Retry-After} (whole seconds, at least 1) on every 429 and 503, and on a 429
 * the rate-limit fields too ({@code RateLimit-Limit}, the count allowed per window, left out when the refusal is not
 * a count; {@code RateLimit-Remaining: 0}; {@code RateLimit-Reset}, seconds until the window lets the client in).
 * One place, so that every way the API refuses (flow and per-caller rules, the API-key rate, the login throttle,
 * open circuits, stream caps) says it alike.
 *
 * @param limit       the count per window, 0 when unknown or not a count
 * @param retryAfterS whole seconds
 * @param rate        true for a 429 (the RateLimit-* fields), false for a 503 (Retry-After only)
 */
public record RetryAdvice(long limit, long retryAfterS, boolean rate) {
    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    public RetryAdvice {
        limit = Math.max(0, limit);
        retryAfterS = Math.max(1, retryAfterS);
    }

    /** A 429: LIMIT per window (0 when not a count), the window open again in RETRY AFTER MS, rounded up. */
    public static RetryAdvice rateLimited(long limit, long retryAfterMs) {
        return new RetryAdvice(limit, (retryAfterMs + 999) / 1_000, true);
    }

    public static RetryAdvice of(RateLimitedException limited) {
        return new RetryAdvice(limited.limit(), limited.retryAfterS(), true);
    }

    /**
     * What an answer with CODE says about coming back: KNOWN when the refusal knows it, else a second for every 429
     * (Remaining 0, the limit unknown here) and 503; null for any other status.
     */
    public static RetryAdvice forAnswer(ErrorCode code, RetryAdvice known) {
        if (known != null) {
            return known;
        }
        if (code.httpStatus() == HttpStatus.TOO_MANY_REQUESTS.value()) {
            return new RetryAdvice(0, 1, true);
        }
        return code.httpStatus() == HttpStatus.SERVICE_UNAVAILABLE.value() ? unavailable(1) : null;
    }

    /** A 503: retry in RETRY AFTER S seconds. */
    public static RetryAdvice unavailable(long retryAfterS) {
        return new RetryAdvice(0, retryAfterS, false);
    }

    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterS));
        if (rate) {
            if (limit > 0) {
                headers.set(LIMIT, Long.toString(limit));
            }
            headers.set(REMAINING, "0");
            headers.set(RESET, Long.toString(retryAfterS));
        }
        return headers;
    }

    public void writeTo(HttpServletResponse response) {
        headers().forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
    }
}
