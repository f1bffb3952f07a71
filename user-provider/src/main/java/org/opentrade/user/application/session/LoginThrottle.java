package org.opentrade.user.application.session;

import java.util.List;
import java.util.Optional;

import org.opentrade.api.ErrorCode;
import org.opentrade.api.RateLimitedException;

import org.opentrade.user.application.AuthProperties;
import org.opentrade.user.application.port.FailureCounters;
import org.opentrade.user.domain.AttemptOrigin;
import org.opentrade.user.domain.Username;
import org.springframework.stereotype.Component;

/**
 * Bounds password guessing by counting failures per origin (one client trying many usernames) and per username at
 * that origin (one client trying many passwords). Nothing is counted per username alone: that would let anyone lock
 * a victim out with failures of their own, while the victim, at their own origin, must still be able to log in.
 * Guessing one username from many addresses is bounded per address, by the facade's flow rule on
 * {@code POST /api/v1/sessions}, and made slow by the password rules and BCrypt.
 */
@Component
public class LoginThrottle {
    static final String ORIGIN_PREFIX = "opentrade:login-failures:origin:";
    static final String PAIR_PREFIX = "opentrade:login-failures:pair:";

    private final FailureCounters counters;
    private final AuthProperties auth;

    public LoginThrottle(FailureCounters counters, AuthProperties auth) {
        this.counters = counters;
        this.auth = auth;
    }

    /** True when neither the origin nor the username at that origin has used up its failures. */
    public boolean admits(Username username, AttemptOrigin origin) {
        return refusal(username, origin).isEmpty();
    }

    /**
     * Empty when neither the origin nor the username at that origin has used up its failures; else the 429 that names
     * the limit reached. Failures are forgotten a window after the last one counted, so a window is when to come back.
     */
    public Optional<RateLimitedException> refusal(Username username, AttemptOrigin origin) {
        List<Long> counts = counters.counts(List.of(originKey(origin), pairKey(username, origin)));
        long retryAfterS = Math.max(1, auth.loginWindow().toSeconds());
        if (counts.get(0) >= auth.loginFailuresPerOriginMax()) {
            return Optional.of(refused(auth.loginFailuresPerOriginMax(), retryAfterS));
        }
        if (counts.get(1) >= auth.loginFailuresMax()) {
            return Optional.of(refused(auth.loginFailuresMax(), retryAfterS));
        }
        return Optional.empty();
    }

    private static RateLimitedException refused(long limit, long retryAfterS) {
        return new RateLimitedException(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS,
                ErrorCode.TOO_MANY_LOGIN_ATTEMPTS.defaultMessage(), limit, retryAfterS);
    }

    /** A wrong password or an unknown username: counts against the origin and the pair. */
    public void failed(Username username, AttemptOrigin origin) {
        counters.increment(List.of(originKey(origin), pairKey(username, origin)), auth.loginWindow());
    }

    /** The right password: the pair's failures are forgotten; the origin's stay (they may be other usernames'). */
    public void succeeded(Username username, AttemptOrigin origin) {
        counters.clear(pairKey(username, origin));
    }

    private static String originKey(AttemptOrigin origin) {
        return ORIGIN_PREFIX + origin.value();
    }

    private static String pairKey(Username username, AttemptOrigin origin) {
        return PAIR_PREFIX + username.value() + "|" + origin.value();
    }
}
