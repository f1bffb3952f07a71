package org.opentrade.risk.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.risk.domain.pretrade.CountedOrder;
import org.opentrade.risk.domain.pretrade.CounterOutcome;
import org.opentrade.risk.domain.pretrade.CounterRule;
import org.opentrade.risk.domain.pretrade.CounterWindow;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * The counter script on a real Redis (REDIS_ADDR, else 127.0.0.1:6379, as the local stack runs it): batch-order
 * semantics, exact notionals beyond a Lua number's range, expiries, and SERVICE_UNAVAILABLE when Redis is gone. Users
 * are random and the test's keys are deleted afterwards, so it can share a Redis with a running stack.
 */
class RedisUserCountersIT {
    static final String ADDRESS = System.getenv().getOrDefault("REDIS_ADDR", "redis://127.0.0.1:6379");
    static final String SYMBOL = "ITRISK-USD";
    static final Instant NOW = Instant.parse("2026-03-02T10:15:30.250Z");

    final RedissonClient redisson = client(ADDRESS, false);
    final RedisUserCounters counters = new RedisUserCounters(redisson, Clock.fixed(NOW, ZoneOffset.UTC));
    final long user = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    final List<String> usedKeys = new ArrayList<>();

    private static RedissonClient client(String address, boolean lazy) {
        Config config = new Config();
        config.setLazyInitialization(lazy);
        config.useSingleServer().setAddress(address).setRetryAttempts(0).setConnectTimeout(500).setTimeout(1_000);
        return Redisson.create(config);
    }

    @AfterEach
    void deleteTheKeysAndClose() {
        redisson.getKeys().delete(usedKeys.toArray(String[]::new));
        redisson.shutdown();
    }

    private CountedOrder order(long userId, long notional, int perSecondMax, int perMinuteMax, long dailyMax) {
        var order = new CountedOrder(userId, SYMBOL, notional, perSecondMax, perMinuteMax, dailyMax);
        for (CounterWindow window : CounterWindow.values()) {
            usedKeys.add(RedisUserCounters.key(order, window, NOW));
        }
        return order;
    }

    private String stored(CountedOrder order, CounterWindow window) {
        return redisson.<String>getBucket(RedisUserCounters.key(order, window, NOW), StringCodec.INSTANCE).get();
    }

    private long expiryMs(CountedOrder order, CounterWindow window) {
        return redisson.getBucket(RedisUserCounters.key(order, window, NOW), StringCodec.INSTANCE).remainTimeToLive();
    }

    @Test
    void countsABatchInOrderAndRefusesBeyondTheRatePerSecond() {
        var order = order(user, 100, 5, 100, 1_000_000);
        var outcomes = counters.count(Collections.nCopies(7, order));
        assertThat(outcomes.subList(0, 5)).containsOnly(CounterOutcome.COUNTED);
        assertThat(outcomes.subList(5, 7)).containsOnly(new CounterOutcome(CounterRule.ORDERS_PER_SECOND, 5));
        assertThat(stored(order, CounterWindow.SECOND)).isEqualTo("5");
        assertThat(stored(order, CounterWindow.MINUTE)).isEqualTo("5");
        assertThat(stored(order, CounterWindow.DAY)).isEqualTo("500");
    }

    @Test
    void carriesTheCountsOverToTheNextBatchAndCountsUsersApart() {
        var mine = order(user, 1, 100, 3, 1_000);
        var theirs = order(user + 1, 1, 100, 3, 1_000);
        counters.count(List.of(mine, mine));
        var outcomes = counters.count(List.of(mine, theirs, mine));
        assertThat(outcomes).containsExactly(CounterOutcome.COUNTED, CounterOutcome.COUNTED,
                new CounterOutcome(CounterRule.ORDERS_PER_MINUTE, 3));
    }

    @Test
    void aRefusedOrderCountsTowardsNothing() {
        var big = order(user, 700, 100, 100, 1_000);
        var small = order(user, 300, 100, 100, 1_000);
        var outcomes = counters.count(List.of(big, big, small));
        assertThat(outcomes).containsExactly(CounterOutcome.COUNTED, new CounterOutcome(CounterRule.DAILY_NOTIONAL, 700),
                CounterOutcome.COUNTED);
        assertThat(stored(big, CounterWindow.SECOND)).isEqualTo("2");
        assertThat(stored(big, CounterWindow.DAY)).isEqualTo("1000");
    }

    @Test
    void comparesNotionalsBeyondALuaNumbersRangeExactly() {
        long max = 900_000_000_000_000_001L; // 9,000,000,000.00000001 in 10^-8 units: far beyond 2^53
        var half = order(user, 450_000_000_000_000_000L, 100, 100, max);
        var oneUnit = order(user, 1, 100, 100, max);
        assertThat(counters.count(List.of(half, half, oneUnit, oneUnit))).containsExactly(CounterOutcome.COUNTED,
                CounterOutcome.COUNTED, CounterOutcome.COUNTED,
                new CounterOutcome(CounterRule.DAILY_NOTIONAL, 900_000_000_000_000_001L));
    }

    @Test
    void refusesAnOrderThatAlonePassesTheDailyMaximum() {
        var tooBig = order(user, 1_001, 100, 100, 1_000);
        assertThat(counters.count(List.of(tooBig))).containsExactly(new CounterOutcome(CounterRule.DAILY_NOTIONAL, 0));
        assertThat(stored(tooBig, CounterWindow.SECOND)).isNull();
    }

    @Test
    void countersExpireSoonAfterTheirWindowAndANotionalOfZeroLeavesNoDailyKey() {
        var order = order(user, 0, 100, 100, 1_000);
        counters.count(List.of(order));
        assertThat(expiryMs(order, CounterWindow.SECOND)).isBetween(1L, CounterWindow.SECOND.expiryMs());
        assertThat(expiryMs(order, CounterWindow.MINUTE)).isBetween(CounterWindow.SECOND.expiryMs(),
                CounterWindow.MINUTE.expiryMs());
        assertThat(stored(order, CounterWindow.DAY)).isNull();
        var withNotional = order(user, 5, 100, 100, 1_000);
        counters.count(List.of(withNotional));
        assertThat(expiryMs(withNotional, CounterWindow.DAY)).isBetween(CounterWindow.MINUTE.expiryMs(),
                CounterWindow.DAY.expiryMs());
    }

    @Test
    void answersServiceUnavailableWhenRedisCannotBeReached() {
        RedissonClient nowhere = client("redis://127.0.0.1:1", true);
        try {
            var unreachable = new RedisUserCounters(nowhere, Clock.fixed(NOW, ZoneOffset.UTC));
            assertThatThrownBy(() -> unreachable.count(List.of(order(user, 1, 1, 1, 1))))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
        } finally {
            nowhere.shutdown();
        }
    }
}
