package org.opentrade.trade.application.engine;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What each stage of one symbol's pipeline costs (Prometheus: opentrade_engine_*): how many commands shared one log
 * write (the group commit at work), the time of the reservation (risk, store, holds), of the append, of matching,
 * and of the outputs.
 */
final class EngineMetrics {

    private final DistributionSummary commands;
    private final Timer reserve;
    private final Timer append;
    private final Timer execute;
    private final Timer outputs;

    EngineMetrics(MeterRegistry registry, String symbol) {
        this.commands = DistributionSummary.builder("opentrade.engine.batch.commands").tag("symbol", symbol)
                .description("commands per log append (group commit)").publishPercentileHistogram().register(registry);
        this.reserve = timer(registry, "opentrade.engine.batch.reserve", symbol);
        this.append = timer(registry, "opentrade.engine.batch.append", symbol);
        this.execute = timer(registry, "opentrade.engine.batch.execute", symbol);
        this.outputs = timer(registry, "opentrade.engine.batch.outputs", symbol);
    }

    private static Timer timer(MeterRegistry registry, String name, String symbol) {
        return Timer.builder(name).tag("symbol", symbol).publishPercentileHistogram().register(registry);
    }

    void reserved(long nanos) {
        reserve.record(nanos, TimeUnit.NANOSECONDS);
    }

    void sequenced(int size, long appendNanos, long executeNanos) {
        commands.record(size);
        append.record(appendNanos, TimeUnit.NANOSECONDS);
        execute.record(executeNanos, TimeUnit.NANOSECONDS);
    }

    void outputs(long nanos) {
        outputs.record(nanos, TimeUnit.NANOSECONDS);
    }
}
