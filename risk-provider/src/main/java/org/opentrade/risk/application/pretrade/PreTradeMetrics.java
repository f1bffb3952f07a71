package org.opentrade.risk.application.pretrade;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Prometheus: risk_pretrade_check_seconds (one observation per batch, histogram and p50/p99: the check's share of the
 * order path's budget) and risk_pretrade_rejected_total{rule=...} (which rules refuse, and how often).
 */
final class PreTradeMetrics {
    static final String CHECK_TIMER = "risk.pretrade.check";
    static final String REJECTED_COUNTER = "risk.pretrade.rejected";

    private final MeterRegistry registry;
    private final Timer check;
    /** Keyed by rule name: a dozen names at most, as the rules are a fixed set. */
    private final Map<String, Counter> rejectedByRule = new ConcurrentHashMap<>();

    PreTradeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.check = Timer.builder(CHECK_TIMER).description("pre-trade checks of one batch, counters included")
                .publishPercentileHistogram().publishPercentiles(0.5, 0.99).register(registry);
    }

    <T> T timed(Supplier<T> batch) {
        return check.record(batch);
    }

    void rejected(String rule) {
        rejectedByRule.computeIfAbsent(rule, r -> Counter.builder(REJECTED_COUNTER).tag("rule", r)
                .description("orders refused by a pre-trade rule").register(registry)).increment();
    }
}
