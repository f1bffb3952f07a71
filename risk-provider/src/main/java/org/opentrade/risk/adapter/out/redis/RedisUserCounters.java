package org.opentrade.risk.adapter.out.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.risk.application.port.UserCounters;
import org.opentrade.risk.domain.pretrade.CountedOrder;
import org.opentrade.risk.domain.pretrade.CounterOutcome;
import org.opentrade.risk.domain.pretrade.CounterRule;
import org.opentrade.risk.domain.pretrade.CounterWindow;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The counters as Redis integers under fixed-window keys, checked and counted for a whole batch by one Lua script
 * (redis/pretrade-count.lua): one round trip per batch, and no other instance's orders interleave. Keys expire soon
 * after their window. The window an order falls in is read from this instance's clock (instances run NTP; an order
 * at the edge of a window may count in the neighbouring one, which fixed windows allow anyway).
 */
@Component
class RedisUserCounters implements UserCounters {
    static final String KEY_PREFIX = "risk:pretrade:";
    static final String SCRIPT_RESOURCE = "/redis/pretrade-count.lua";
    static final int KEYS_PER_ORDER = 3;
    static final int ARGS_PER_ORDER = 4;

    private final RedissonClient redisson;
    private final Clock clock;
    private final String script;

    @Autowired
    RedisUserCounters(RedissonClient redisson) {
        this(redisson, Clock.systemUTC());
    }

    RedisUserCounters(RedissonClient redisson, Clock clock) {
        this.redisson = redisson;
        this.clock = clock;
        this.script = loadScript();
    }

    @Override
    public List<CounterOutcome> count(List<CountedOrder> orders) {
        Instant now = clock.instant();
        List<Object> keys = new ArrayList<>(orders.size() * KEYS_PER_ORDER);
        List<Object> args = new ArrayList<>(CounterWindow.values().length + orders.size() * ARGS_PER_ORDER);
        for (CounterWindow window : CounterWindow.values()) {
            args.add(Long.toString(window.expiryMs()));
        }
        for (CountedOrder order : orders) {
            for (CounterWindow window : CounterWindow.values()) {
                keys.add(key(order, window, now));
            }
            args.add(Integer.toString(order.ordersPerSecondMax()));
            args.add(Integer.toString(order.ordersPerMinuteMax()));
            args.add(Long.toString(order.dailyHeadroom()));
            args.add(Long.toString(order.notional()));
        }
        return outcomes(run(keys, args), orders.size());
    }

    /** The user and symbol in braces (a hash tag): all of one user's counters on a symbol sit in one cluster slot. */
    static String key(CountedOrder order, CounterWindow window, Instant now) {
        return KEY_PREFIX + "{" + order.userId() + ":" + order.symbol() + "}:" + window.name().toLowerCase() + ":"
                + window.index(now);
    }

    private List<Object> run(List<Object> keys, List<Object> args) {
        try {
            return redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, script,
                    RScript.ReturnType.MULTI, keys, args.toArray());
        } catch (RedisException e) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE,
                    "the pre-trade counters (Redis) are unavailable: " + e.getMessage());
        }
    }

    private static List<CounterOutcome> outcomes(List<Object> reply, int orderCount) {
        if (reply == null || reply.size() != 2 * orderCount) {
            throw new IllegalStateException("the counter script answered " + (reply == null ? 0 : reply.size())
                    + " values for " + orderCount + " orders");
        }
        List<CounterOutcome> outcomes = new ArrayList<>(orderCount);
        for (int i = 0; i < orderCount; i++) {
            // the script numbers its refusals 1-3 in CounterRule's order, as it reads the keys in CounterWindow's
            int code = Integer.parseInt(reply.get(2 * i).toString());
            long countedBefore = Long.parseLong(reply.get(2 * i + 1).toString());
            outcomes.add(code == 0 ? CounterOutcome.COUNTED
                    : new CounterOutcome(CounterRule.values()[code - 1], countedBefore));
        }
        return outcomes;
    }

    private static String loadScript() {
        try (InputStream in = RedisUserCounters.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
