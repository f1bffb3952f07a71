package org.opentrade.user.adapter.out.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.opentrade.user.application.port.FailureCounters;
import org.redisson.api.BatchOptions;
import org.redisson.api.RBatch;
import org.redisson.api.RFuture;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

/**
 * Counters as Redis integers, read and written in one pipelined round trip each. Every increment renews the key's
 * expiry, so a key lives only while failures keep coming and Redis collects nothing for quiet origins.
 */
@Component
class RedisFailureCounters implements FailureCounters {
    private final RedissonClient redisson;

    RedisFailureCounters(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public List<Long> counts(List<String> keys) {
        RBatch batch = redisson.createBatch(BatchOptions.defaults());
        List<RFuture<Long>> reads = new ArrayList<>(keys.size());
        for (String key : keys) {
            reads.add(batch.getAtomicLong(key).getAsync());
        }
        batch.execute();
        return reads.stream().map(read -> read.toCompletableFuture().join()).toList();
    }

    @Override
    public void increment(List<String> keys, Duration quietFor) {
        RBatch batch = redisson.createBatch(BatchOptions.defaults());
        for (String key : keys) {
            batch.getAtomicLong(key).incrementAndGetAsync();
            batch.getAtomicLong(key).expireAsync(quietFor);
        }
        batch.execute();
    }

    @Override
    public void clear(String key) {
        redisson.getAtomicLong(key).delete();
    }
}
