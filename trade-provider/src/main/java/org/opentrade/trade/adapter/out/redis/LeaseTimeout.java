package org.opentrade.trade.adapter.out.redis;

import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long a dead holder's locks outlive it (Redisson renews a live holder's every third of this): the engine lease
 * fails over within about this time after a crash.
 */
@Configuration
class LeaseTimeout {

    @Bean
    RedissonAutoConfigurationCustomizer lockWatchdogTimeout(
            @Value("${opentrade.trade.engine.lease-timeout-ms:10000}") long leaseTimeoutMs) {
        return config -> config.setLockWatchdogTimeout(leaseTimeoutMs);
    }
}
