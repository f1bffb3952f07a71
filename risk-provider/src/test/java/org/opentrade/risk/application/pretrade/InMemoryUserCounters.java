package org.opentrade.risk.application.pretrade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.risk.application.port.UserCounters;
import org.opentrade.risk.domain.pretrade.CountedOrder;
import org.opentrade.risk.domain.pretrade.CounterOutcome;
import org.opentrade.risk.domain.pretrade.CounterRule;
import org.opentrade.risk.domain.pretrade.CounterWindow;

/** The counters of one process, for tests: the semantics of the Redis script, at a time the test sets. */
final class InMemoryUserCounters implements UserCounters {
    private final Map<String, Long> counters = new HashMap<>();
    final List<List<CountedOrder>> calls = new ArrayList<>();
    Instant now = Instant.parse("2026-03-02T10:15:30Z");
    boolean reachable = true;

    @Override
    public synchronized List<CounterOutcome> count(List<CountedOrder> orders) {
        if (!reachable) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE,
                    "the pre-trade counters are unavailable");
        }
        calls.add(List.copyOf(orders));
        List<CounterOutcome> outcomes = new ArrayList<>();
        for (CountedOrder order : orders) {
            outcomes.add(count(order));
        }
        return outcomes;
    }

    private CounterOutcome count(CountedOrder order) {
        long perSecond = value(order, CounterWindow.SECOND);
        long perMinute = value(order, CounterWindow.MINUTE);
        long daily = value(order, CounterWindow.DAY);
        if (perSecond + 1 > order.ordersPerSecondMax()) {
            return new CounterOutcome(CounterRule.ORDERS_PER_SECOND, perSecond);
        }
        if (perMinute + 1 > order.ordersPerMinuteMax()) {
            return new CounterOutcome(CounterRule.ORDERS_PER_MINUTE, perMinute);
        }
        if (daily > order.dailyHeadroom()) {
            return new CounterOutcome(CounterRule.DAILY_NOTIONAL, daily);
        }
        counters.put(key(order, CounterWindow.SECOND), perSecond + 1);
        counters.put(key(order, CounterWindow.MINUTE), perMinute + 1);
        counters.put(key(order, CounterWindow.DAY), daily + order.notional());
        return CounterOutcome.COUNTED;
    }

    private long value(CountedOrder order, CounterWindow window) {
        return counters.getOrDefault(key(order, window), 0L);
    }

    private String key(CountedOrder order, CounterWindow window) {
        return order.userId() + ":" + order.symbol() + ":" + window + ":" + window.index(now);
    }
}
