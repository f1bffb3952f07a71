package org.opentrade.platform.sentinel;

import java.util.List;

import com.alibaba.csp.sentinel.datasource.ReadableDataSource;
import com.alibaba.csp.sentinel.datasource.nacos.NacosDataSource;
import com.alibaba.csp.sentinel.init.InitExecutor;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import com.alibaba.fastjson.JSON;
import org.opentrade.platform.nacos.NacosAccess;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Flow and degrade rules live in Nacos (operators edit them in the Nacos console; every instance picks the change
 * up at once); the transport module is started eagerly so the application shows in the Sentinel dashboard before
 * its first request.
 */
@AutoConfiguration
@ConditionalOnProperty("opentrade.sentinel.nacos-addr")
@EnableConfigurationProperties(SentinelProperties.class)
public class SentinelConfiguration {

    @Bean(destroyMethod = "close")
    ReadableDataSource<String, List<FlowRule>> sentinelFlowRules(SentinelProperties sentinel, NacosAccess access) {
        var source = new NacosDataSource<List<FlowRule>>(access.at(sentinel.nacosAddr()).clientProperties(), sentinel.rulesGroup(),
                sentinel.flowRulesId(), text -> parse(text, FlowRule.class));
        FlowRuleManager.register2Property(source.getProperty());
        return source;
    }

    @Bean(destroyMethod = "close")
    ReadableDataSource<String, List<DegradeRule>> sentinelDegradeRules(SentinelProperties sentinel,
                                                                       NacosAccess access) {
        var source = new NacosDataSource<List<DegradeRule>>(access.at(sentinel.nacosAddr()).clientProperties(), sentinel.rulesGroup(),
                sentinel.degradeRulesId(), text -> parse(text, DegradeRule.class));
        DegradeRuleManager.register2Property(source.getProperty());
        InitExecutor.doInit();
        return source;
    }

    @Bean
    SentinelMetrics sentinelMetrics() {
        return new SentinelMetrics();
    }

    /** A missing or empty rule document means "no rules", not an error. */
    private static <T> List<T> parse(String json, Class<T> type) {
        return json == null || json.isBlank() ? List.of() : JSON.parseArray(json, type);
    }
}
