package org.opentrade.facade.auth;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.user.UserService;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session guard, fed by user-provider and kept current by its announcements. */
@Configuration
class SessionConfiguration {

    @DubboReference(check = false)
    private UserService users;

    @Bean
    SessionGuard sessionGuard(SessionCheckProperties properties, MeterRegistry meters) {
        SessionGuard guard = new SessionGuard(sessionId -> users.session(sessionId), properties);
        CaffeineCacheMetrics.monitor(meters, guard.cache(), "sessions");
        return guard;
    }

    @Bean
    SessionEventsListener sessionEventsListener(RedissonClient redisson, SessionGuard guard) {
        return new SessionEventsListener(redisson, guard);
    }
}
