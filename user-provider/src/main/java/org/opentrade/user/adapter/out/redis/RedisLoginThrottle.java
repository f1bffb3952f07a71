package org.opentrade.user.adapter.out.redis;

import org.opentrade.user.application.AuthProperties;
import org.opentrade.user.application.port.LoginThrottle;
import org.opentrade.user.domain.Username;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

/**
 * A Redisson rate limiter per username, shared by all user-provider instances. The limiter key expires after two
 * windows of inactivity so that Redis does not collect one key per username ever tried.
 */
@Component
class RedisLoginThrottle implements LoginThrottle {
    static final String KEY_PREFIX = "opentrade:login-attempts:";

    private final RedissonClient redisson;
    private final AuthProperties auth;

    RedisLoginThrottle(RedissonClient redisson, AuthProperties auth) {
        this.redisson = redisson;
        this.auth = auth;
    }

    @Override
    public boolean tryAttempt(Username username) {
        RRateLimiter limiter = redisson.getRateLimiter(KEY_PREFIX + username.value());
        limiter.trySetRate(RateType.OVERALL, auth.loginAttemptsMax(), auth.loginWindow(), auth.loginWindow().multipliedBy(2));
        return limiter.tryAcquire();
    }
}
