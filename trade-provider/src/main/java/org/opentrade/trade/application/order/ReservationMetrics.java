package org.opentrade.trade.application.order;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The time of each step of a batch's reservation (Prometheus: opentrade_order_reserve_seconds{step=...}, with
 * histograms): storing the orders, the pre-trade risk call, the holds call. The risk step is the figure the risk
 * issue asks for (its p99 must fit in the order path's budget).
 */
final class ReservationMetrics {
    private final Timer store;
    private final Timer risk;
    private final Timer holds;

    ReservationMetrics(MeterRegistry registry) {
        this.store = timer(registry, "store");
        this.risk = timer(registry, "risk");
        this.holds = timer(registry, "holds");
    }

    private static Timer timer(MeterRegistry registry, String step) {
        return Timer.builder("opentrade.order.reserve").tag("step", step).publishPercentileHistogram()
                .description("one step of a batch's reservation, per batch").register(registry);
    }

    <T> T store(Supplier<T> step) {
        return store.record(step);
    }

    <T> T risk(Supplier<T> step) {
        return risk.record(step);
    }

    <T> T holds(Supplier<T> step) {
        return holds.record(step);
    }
}
