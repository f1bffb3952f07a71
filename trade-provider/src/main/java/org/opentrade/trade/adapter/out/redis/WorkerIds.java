package org.opentrade.trade.adapter.out.redis;

import java.time.Clock;

import org.opentrade.trade.application.order.OrderIds;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each trade-provider process takes the next worker id (mod 1024) from a Redis counter, so two running
 * processes never mint the same order ids. Should Redis lose the counter, the orders table's primary key still
 * refuses a repeated id.
 */
@Configuration
class WorkerIds {

    private static final String COUNTER = "opentrade:trade:order-id-worker";

    @Bean
    OrderIds orderIds(RedissonClient redis) {
        long workerId = Math.floorMod(redis.getAtomicLong(COUNTER).incrementAndGet(), 1024L);
        return new OrderIds(Clock.systemUTC(), workerId);
    }
}
