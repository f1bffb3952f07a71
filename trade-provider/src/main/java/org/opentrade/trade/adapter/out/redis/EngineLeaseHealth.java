package org.opentrade.trade.adapter.out.redis;

import org.redisson.api.RedissonClient;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: this process is ready to take orders once the engines run here, or run in another process
 * that holds the lease (this one then forwards). Right after a crash of the owner, until its lease lapses, nobody
 * runs them and every process reports DOWN.
 */
@Component("engines")
class EngineLeaseHealth implements HealthIndicator {

    private final EngineLease lease;
    private final RedissonClient redis;

    EngineLeaseHealth(EngineLease lease, RedissonClient redis) {
        this.lease = lease;
        this.redis = redis;
    }

    @Override
    public Health health() {
        if (lease.ownsEngines()) {
            return Health.up().withDetail("role", "owner").build();
        }
        boolean ownedElsewhere = redis.getLock(EngineLease.LOCK).isLocked() && lease.ownerAddress().isPresent();
        return (ownedElsewhere ? Health.up() : Health.down()).withDetail("role", "standby")
                .withDetail("owner", lease.ownerAddress().orElse("none")).build();
    }
}
