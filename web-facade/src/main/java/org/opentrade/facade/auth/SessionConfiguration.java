package org.opentrade.facade.auth;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.user.UserService;
import org.opentrade.facade.auth.apikey.ApiKeyAuthenticator;
import org.opentrade.facade.auth.apikey.ApiKeyFilter;
import org.opentrade.facade.auth.apikey.ApiKeyProperties;
import org.opentrade.facade.auth.apikey.ApiKeyRegistry;
import org.opentrade.facade.auth.apikey.RedisRequestGate;
import org.redisson.api.RedissonClient;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The session guard and the API key registry, fed by user-provider and kept current by its announcements, and the
 * filter that authenticates requests signed with an API key.
 */
@Configuration
class SessionConfiguration {
    /** After the request id, the security headers and the body cap: a signed body is read within the cap. */
    static final int API_KEY_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 3;

    @DubboReference(check = false)
    private UserService users;

    @Bean
    SessionGuard sessionGuard(SessionCheckProperties properties, MeterRegistry meters) {
        SessionGuard guard = new SessionGuard(sessionId -> users.session(sessionId), properties);
        CaffeineCacheMetrics.monitor(meters, guard.cache(), "sessions");
        return guard;
    }

    @Bean
    ApiKeyRegistry apiKeyRegistry(SessionCheckProperties properties, MeterRegistry meters) {
        ApiKeyRegistry registry = new ApiKeyRegistry(keyId -> users.apiKeyStanding(keyId), properties);
        CaffeineCacheMetrics.monitor(meters, registry.cache(), "api-keys");
        return registry;
    }

    @Bean
    SessionEventsListener sessionEventsListener(RedissonClient redisson, SessionGuard guard, ApiKeyRegistry keys) {
        return new SessionEventsListener(redisson, guard, keys);
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeyRegistry registry, RedissonClient redisson,
                                                      ApiKeyProperties properties) {
        ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(registry,
                new RedisRequestGate(redisson, properties), properties.window(), Clock.systemUTC());
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(authenticator));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(API_KEY_FILTER_ORDER);
        return registration;
    }
}
