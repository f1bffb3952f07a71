package org.opentrade.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the measured phase of one scenario saw, counted by the virtual users as their answers arrive (Gatling's own
 * statistics cannot leave the warm-up out). Latency is Gatling's response time in whole milliseconds, kept for
 * successful requests only, so fast refusals do not flatter the percentiles; one counter per millisecond up to a
 * minute (Gatling's request timeout), which makes every percentile exact at that resolution.
 */
final class Figures {
    static final int LATENCY_MS_MAX = 60_000;

    /**
     * @param throughputPerS successful requests per second of the measured phase
     * @param connectionErrors requests with no HTTP answer (refused, reset, timed out)
     * @param rejected         orders answered 201 with status REJECTED (errors where the scenario says so)
     * @param errors           refusals by HTTP status and error code, rejected orders by reason
     */
    record Result(double throughputPerS, long succeeded, long p50Ms, long p95Ms, long p99Ms, long maxMs,
                  long status2xx, long status429, long status4xxOther, long status5xx, long connectionErrors,
                  long rejected, Map<String, Long> orderStatuses, Map<String, Long> errors) {
    }

    private final AtomicLongArray latencyCounts = new AtomicLongArray(LATENCY_MS_MAX + 1);
    private final LongAccumulator latencyMaxMs = new LongAccumulator(Math::max, 0);
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder status2xx = new LongAdder();
    private final LongAdder status429 = new LongAdder();
    private final LongAdder status4xxOther = new LongAdder();
    private final LongAdder status5xx = new LongAdder();
    private final LongAdder connectionErrors = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final Map<String, LongAdder> orderStatuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final boolean rejectedIsError;

    Figures(boolean rejectedIsError) {
        this.rejectedIsError = rejectedIsError;
    }

    void record(Answer answer) {
        if (answer.httpStatus() == null) {
            connectionErrors.increment();
            return;
        }
        if (answer.orderStatus() != null) {
            count(orderStatuses, answer.orderStatus());
        }
        int status = answer.httpStatus();
        if (answer.successful()) {
            status2xx.increment();
            if (answer.rejectedOrder()) {
                rejected.increment();
                count(errors, "REJECTED " + answer.detail());
                if (rejectedIsError) {
                    return;
                }
            }
            succeeded.increment();
            int ms = answer.responseMs() == null ? 0 : answer.responseMs();
            latencyCounts.incrementAndGet(Math.min(ms, LATENCY_MS_MAX));
            latencyMaxMs.accumulate(ms);
            return;
        }
        count(errors, status + " " + answer.detail());
        if (status == 429) {
            status429.increment();
        } else if (status >= 500) {
            status5xx.increment();
        } else {
            status4xxOther.increment();
        }
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    Result result(int measuredS) {
        long ok = succeeded.sum();
        return new Result((double) ok / measuredS, ok, percentileMs(0.50, ok), percentileMs(0.95, ok),
                percentileMs(0.99, ok), latencyMaxMs.get(), status2xx.sum(), status429.sum(), status4xxOther.sum(),
                status5xx.sum(), connectionErrors.sum(), rejected.sum(), sums(orderStatuses), sums(errors));
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((key, count) -> out.put(key, count.sum()));
        return out;
    }

    /** The smallest latency that at least {@code q} of the successful requests did not exceed. */
    private long percentileMs(double q, long count) {
        if (count == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * count);
        long seen = 0;
        for (int ms = 0; ms <= LATENCY_MS_MAX; ms++) {
            seen += latencyCounts.get(ms);
            if (seen >= rank) {
                return ms;
            }
        }
        return LATENCY_MS_MAX;
    }
}
