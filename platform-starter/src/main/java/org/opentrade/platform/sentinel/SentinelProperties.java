package org.opentrade.platform.sentinel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Nacos documents of the application's Sentinel rules (each a JSON array, read, watched and written back when
 * the dashboard changes them; a missing document means no rules of that kind).
 *
 * @param nacosAddr        Nacos server the rules are read from (and watched)
 * @param rulesGroup       Nacos group of the rule documents
 * @param flowRulesId      data id of the flow rules (Sentinel FlowRule)
 * @param degradeRulesId   data id of the degrade (circuit breaker) rules (DegradeRule)
 * @param paramFlowRulesId data id of the hot-parameter flow rules (ParamFlowRule)
 * @param systemRulesId    data id of the system protection rules (SystemRule)
 */
@ConfigurationProperties("opentrade.sentinel")
public record SentinelProperties(String nacosAddr, String rulesGroup, String flowRulesId, String degradeRulesId,
                                 String paramFlowRulesId, String systemRulesId) {
}
