package org.opentrade.platform.sentinel;

import com.alibaba.csp.sentinel.command.handler.ModifyParamFlowRulesCommandHandler;
import com.alibaba.csp.sentinel.init.InitExecutor;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRuleManager;
import com.alibaba.csp.sentinel.slots.system.SystemRuleManager;
import com.alibaba.csp.sentinel.transport.util.WritableDataSourceRegistry;
import com.alibaba.nacos.api.exception.NacosException;
import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.platform.nacos.NacosAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Flow, degrade, hot-parameter (param-flow) and system rules live in Nacos, one document per kind: operators edit
 * them in the Nacos console or in the Sentinel dashboard, whose pushes are written back to the same documents. The
 * transport module is started eagerly, after the writers are registered, so the application shows in the dashboard
 * before its first request and every rule pushed to it is kept.
 */
@AutoConfiguration
@ConditionalOnProperty("opentrade.sentinel.nacos-addr")
@EnableConfigurationProperties(SentinelProperties.class)
public class SentinelConfiguration {

    @Bean(destroyMethod = "close")
    SentinelRuleDocuments sentinelRuleDocuments(SentinelProperties sentinel, NacosAccess access,
                                                ObjectProvider<MeterRegistry> registry) throws NacosException {
        var documents = new SentinelRuleDocuments(access.at(sentinel.nacosAddr()), sentinel.rulesGroup(),
                registry.getIfAvailable());
        FlowRuleManager.register2Property(documents.watch(RuleKind.FLOW, sentinel.flowRulesId()));
        DegradeRuleManager.register2Property(documents.watch(RuleKind.DEGRADE, sentinel.degradeRulesId()));
        ParamFlowRuleManager.register2Property(documents.watch(RuleKind.PARAM_FLOW, sentinel.paramFlowRulesId()));
        SystemRuleManager.register2Property(documents.watch(RuleKind.SYSTEM, sentinel.systemRulesId()));

        WritableDataSourceRegistry.registerFlowDataSource(documents.writer(RuleKind.FLOW, sentinel.flowRulesId()));
        WritableDataSourceRegistry.registerDegradeDataSource(
                documents.writer(RuleKind.DEGRADE, sentinel.degradeRulesId()));
        WritableDataSourceRegistry.registerSystemDataSource(
                documents.writer(RuleKind.SYSTEM, sentinel.systemRulesId()));
        ModifyParamFlowRulesCommandHandler.setWritableDataSource(
                documents.writer(RuleKind.PARAM_FLOW, sentinel.paramFlowRulesId()));
        InitExecutor.doInit();
        return documents;
    }

    @Bean
    SentinelMetrics sentinelMetrics() {
        return new SentinelMetrics();
    }
}
