package org.opentrade.platform.sentinel;

import java.util.List;
import java.util.function.Predicate;

import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleUtil;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRuleUtil;
import com.alibaba.csp.sentinel.slots.system.SystemRule;
import com.alibaba.fastjson.JSON;
import com.alibaba.fastjson.serializer.SerializerFeature;

/**
 * One kind of Sentinel rule, kept as a JSON array in a Nacos document. A document is taken whole or not at all: one
 * rule that Sentinel's own check would silently drop refuses the document, as a non-positive risk limit refuses the
 * risk rules, so an operator's typo never removes a limit without a word. fastjson both ways, as Sentinel's transport
 * uses it for the same rules.
 *
 * @param name  as operators and logs call it
 * @param type  Sentinel's rule class
 * @param valid Sentinel's own validity check of one rule
 */
record RuleKind<T>(String name, Class<T> type, Predicate<T> valid) {
    static final RuleKind<FlowRule> FLOW = new RuleKind<>("flow", FlowRule.class, FlowRuleUtil::isValidRule);
    static final RuleKind<DegradeRule> DEGRADE =
            new RuleKind<>("degrade", DegradeRule.class, DegradeRuleManager::isValidRule);
    static final RuleKind<ParamFlowRule> PARAM_FLOW =
            new RuleKind<>("param-flow", ParamFlowRule.class, ParamFlowRuleUtil::isValidRule);
    static final RuleKind<SystemRule> SYSTEM = new RuleKind<>("system", SystemRule.class, RuleKind::isValidSystemRule);
    /** A document is read in one piece by every instance: keep it small. */
    static final int RULES_MAX = 1_000;

    /** The rules of DOCUMENT; a missing or blank document means "no rules". Throws IllegalArgumentException. */
    List<T> parse(String document) {
        if (document == null || document.isBlank()) {
            return List.of();
        }
        List<T> rules;
        try {
            rules = JSON.parseArray(document, type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON array of " + name + " rules: " + e.getMessage(), e);
        }
        if (rules == null) {
            throw new IllegalArgumentException("not a JSON array of " + name + " rules");
        }
        check(rules);
        return rules;
    }

    /** The document holding RULES, as {@link #parse} reads it back. Throws IllegalArgumentException. */
    String encode(List<T> rules) {
        check(rules);
        return JSON.toJSONString(rules, SerializerFeature.PrettyFormat);
    }

    private void check(List<T> rules) {
        if (rules.size() > RULES_MAX) {
            throw new IllegalArgumentException(rules.size() + " " + name + " rules, at most " + RULES_MAX);
        }
        for (int i = 0; i < rules.size(); i++) {
            T rule = rules.get(i);
            if (rule == null || !valid.test(rule)) {
                throw new IllegalArgumentException(name + " rule " + i + " is not valid: " + JSON.toJSONString(rule));
            }
        }
    }

    /**
     * Sentinel reads a negative threshold as "off" (the dashboard writes -1 for every threshold left empty): a rule
     * with every threshold off, or a CPU share above 1, is a mistake.
     */
    static boolean isValidSystemRule(SystemRule rule) {
        boolean anyOn = rule.getHighestSystemLoad() >= 0 || rule.getHighestCpuUsage() >= 0 || rule.getQps() >= 0
                || rule.getAvgRt() >= 0 || rule.getMaxThread() >= 0;
        return anyOn && rule.getHighestCpuUsage() <= 1;
    }
}
