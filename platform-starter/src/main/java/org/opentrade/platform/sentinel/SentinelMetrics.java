package org.opentrade.platform.sentinel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.alibaba.csp.sentinel.node.ClusterNode;
import com.alibaba.csp.sentinel.slotchain.ResourceWrapper;
import com.alibaba.csp.sentinel.slots.clusterbuilder.ClusterBuilderSlot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes Sentinel's per-resource statistics (passed, blocked, exceptions per second; average RT) as Micrometer
 * gauges, so they reach Prometheus even without the dashboard. Resources appear as traffic first touches them,
 * hence the periodic refresh.
 */
class SentinelMetrics implements MeterBinder, AutoCloseable {
    static final long REFRESH_PERIOD_MS = 5_000;

    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sentinel-metrics");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void bindTo(MeterRegistry registry) {
        MultiGauge pass = MultiGauge.builder("sentinel.pass.qps").register(registry);
        MultiGauge block = MultiGauge.builder("sentinel.block.qps").register(registry);
        MultiGauge exception = MultiGauge.builder("sentinel.exception.qps").register(registry);
        MultiGauge rt = MultiGauge.builder("sentinel.avg.rt").baseUnit("milliseconds").register(registry);
        refresher.scheduleAtFixedRate(() -> {
            Map<ResourceWrapper, ClusterNode> nodes = ClusterBuilderSlot.getClusterNodeMap();
            pass.register(rows(nodes, Stat.PASS), true);
            block.register(rows(nodes, Stat.BLOCK), true);
            exception.register(rows(nodes, Stat.EXCEPTION), true);
            rt.register(rows(nodes, Stat.RT), true);
        }, 0, REFRESH_PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private enum Stat { PASS, BLOCK, EXCEPTION, RT }

    private static List<MultiGauge.Row<?>> rows(Map<ResourceWrapper, ClusterNode> nodes, Stat stat) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>(nodes.size());
        nodes.forEach((resource, node) -> rows.add(MultiGauge.Row.of(Tags.of("resource", resource.getName()),
                node, n -> switch (stat) {
                    case PASS -> n.passQps();
                    case BLOCK -> n.blockQps();
                    case EXCEPTION -> n.exceptionQps();
                    case RT -> n.avgRt();
                })));
        return rows;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
