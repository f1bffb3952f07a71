package org.opentrade.platform.sentinel;

import com.alibaba.csp.sentinel.Tracer;
import com.alibaba.csp.sentinel.adapter.dubbo3.config.DubboAdapterGlobalConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * How the Sentinel Dubbo adapter's circuit breakers (degrade rules, {@code <application>-degrade-rules.json}) see
 * calls: business answers do not count as failures ({@link BusinessOutcomes}), and a refused call answers an
 * RpcException that names the open circuit ({@link BlockedCallFallback}). Both are process-wide settings of Sentinel.
 */
@AutoConfiguration
@ConditionalOnClass(DubboAdapterGlobalConfig.class)
public class SentinelDubboConfiguration {

    @Bean
    SentinelDubboSettings sentinelDubboSettings() {
        Tracer.setExceptionPredicate(new BusinessOutcomes());
        DubboAdapterGlobalConfig.setConsumerFallback(new BlockedCallFallback());
        return new SentinelDubboSettings();
    }

    /** The marker that the settings above are in place (one per application context). */
    static final class SentinelDubboSettings {
    }
}
