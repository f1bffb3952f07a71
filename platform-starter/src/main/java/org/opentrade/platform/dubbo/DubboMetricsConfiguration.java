package org.opentrade.platform.dubbo;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** Hands the application's meter registry to the Dubbo call timers ({@link DubboCallMetrics}). */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration"})
@ConditionalOnBean(MeterRegistry.class)
public class DubboMetricsConfiguration {

    @Bean
    DubboCallTimers dubboCallTimers(MeterRegistry registry) {
        return new DubboCallTimers(registry).install();
    }
}
