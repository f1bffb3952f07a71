package org.opentrade.trade.application.engine;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What each batch of one symbol's engine costs, phase by phase (Prometheus: opentrade_engine_*): how many commands
 * shared one log write (the group commit at work), and the time of the append, of matching, and of the outputs.
 */
final class EngineMetrics {

    private final DistributionSummary commands;
    private final Timer append;
    private final Timer execute;
    private final Timer outputs;

    EngineMetrics(MeterRegistry registry, String symbol) {
        this.commands = DistributionSummary.builder("opentrade.engine.batch.commands").tag("symbol", symbol)
                .description("commands per log append (group commit)").publishPercentileHistogram().register(registry);
        this.append = timer(registry, "opentrade.engine.batch.append", symbol);
        this.execute = timer(registry, "opentrade.engine.batch.execute", symbol);
        this.outputs = timer(registry, "opentrade.engine.batch.outputs", symbol);
    }

    private static Timer timer(MeterRegistry registry, String name, String symbol) {
        return Timer.builder(name).tag("symbol", symbol).publishPercentileHistogram().register(registry);
    }

    void batch(int size, long appendNanos, long executeNanos, long outputNanos) {
        commands.record(size);
        append.record(appendNanos, TimeUnit.NANOSECONDS);
        execute.record(executeNanos, TimeUnit.NANOSECONDS);
        outputs.record(outputNanos, TimeUnit.NANOSECONDS);
    }
}
