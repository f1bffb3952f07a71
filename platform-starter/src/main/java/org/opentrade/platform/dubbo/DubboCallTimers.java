package org.opentrade.platform.dubbo;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The timers of Dubbo calls (Prometheus: opentrade_dubbo_calls_seconds{side, service, method, outcome}, with histogram
 * buckets for p50/p99). A call looks its method up in two maps keyed by the interface class and the method name
 * (both already at hand, so nothing is built per call); the timers of a method are registered once, at its first
 * outcome of each kind. Cardinality is bounded: at most {@link #METHODS_MAX} methods per side, further ones share
 * service and method "other".
 */
public final class DubboCallTimers implements AutoCloseable {
    static final String NAME = "opentrade.dubbo.calls";
    static final int METHODS_MAX = 256;
    static final String OTHER = "other";
    /** Bucket range of the histogram: a Dubbo call of ours answers in milliseconds and times out at 3 s. */
    static final Duration EXPECTED_MIN = Duration.ofMillis(1);
    static final Duration EXPECTED_MAX = Duration.ofSeconds(10);

    private static final AtomicReference<DubboCallTimers> INSTALLED = new AtomicReference<>();

    /** How a call ended: answered, refused by a business rule (a 4xx code), or failed (anything else). */
    enum Outcome { OK, BUSINESS, ERROR }

    private final MeterRegistry registry;
    private final Side provider = new Side("provider");
    private final Side consumer = new Side("consumer");

    public DubboCallTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Makes these the timers the Dubbo filters record into (the filters are made by Dubbo, not by Spring). */
    public DubboCallTimers install() {
        INSTALLED.set(this);
        return this;
    }

    static DubboCallTimers installed() {
        return INSTALLED.get();
    }

    @Override
    public void close() {
        INSTALLED.compareAndSet(this, null);
    }

    MethodTimers provider(Class<?> service, String method) {
        return provider.of(service, method);
    }

    MethodTimers consumer(Class<?> service, String method) {
        return consumer.of(service, method);
    }

    private final class Side {
        private final String name;
        private final Map<Class<?>, Map<String, MethodTimers>> byService = new ConcurrentHashMap<>();
        private final AtomicInteger methods = new AtomicInteger();
        private final MethodTimers other;

        Side(String name) {
            this.name = name;
            this.other = new MethodTimers(name, OTHER, OTHER);
        }

        MethodTimers of(Class<?> service, String method) {
            Map<String, MethodTimers> byMethod = byService.computeIfAbsent(service, s -> new ConcurrentHashMap<>());
            MethodTimers timers = byMethod.get(method);
            if (timers != null) {
                return timers;
            }
            if (methods.get() >= METHODS_MAX) {
                return other;
            }
            return byMethod.computeIfAbsent(method, m -> {
                methods.incrementAndGet();
                return new MethodTimers(name, service.getSimpleName(), m);
            });
        }
    }

    /** One method's timers, one per outcome, registered at first use (the registry answers the same one twice). */
    final class MethodTimers {
        private final String side;
        private final String service;
        private final String method;
        private final Timer[] byOutcome = new Timer[Outcome.values().length];

        private MethodTimers(String side, String service, String method) {
            this.side = side;
            this.service = service;
            this.method = method;
        }

        Timer timer(Outcome outcome) {
            Timer timer = byOutcome[outcome.ordinal()];
            if (timer == null) {
                timer = Timer.builder(NAME).description("Dubbo calls, from the side that measured them")
                        .tag("side", side).tag("service", service).tag("method", method)
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .publishPercentileHistogram().minimumExpectedValue(EXPECTED_MIN)
                        .maximumExpectedValue(EXPECTED_MAX).register(registry);
                byOutcome[outcome.ordinal()] = timer;
            }
            return timer;
        }
    }
}
