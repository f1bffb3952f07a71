package org.opentrade.platform.sentinel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param nacosAddr     Nacos server the rules are read from (and watched)
 * @param rulesGroup    Nacos group of the rule documents
 * @param flowRulesId   data id of the flow rules (JSON array of Sentinel FlowRule)
 * @param degradeRulesId data id of the degrade (circuit breaker) rules
 */
@ConfigurationProperties("opentrade.sentinel")
public record SentinelProperties(String nacosAddr, String rulesGroup, String flowRulesId, String degradeRulesId) {
}
