package org.opentrade.facade.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRuleUtil;
import com.alibaba.csp.sentinel.slots.system.SystemRule;
import com.alibaba.fastjson.JSON;
import org.junit.jupiter.api.Test;

/**
 * The rule documents the stack publishes to Nacos (deploy/local/nacos-config) parse as Sentinel reads them, name
 * resources that exist, and stay above what the benchmark sends (benchmarks/, ScenarioCatalog; the README there).
 */
class ShippedRulesTest {
    static final Path CONFIG = Path.of("../deploy/local/nacos-config");
    /** The benchmark's targets per user: hot pair 1,500 orders/s by 2 users, GET /accounts 2,000/s by 16. */
    static final double ORDERS_PER_USER_MAX = 1_500 / 2.0;
    static final double ACCOUNTS_PER_USER_MAX = 2_000 / 16.0;
    static final double PINGS_PER_USER_MAX = 6_000 / 16.0;

    @Test
    void perCallerRulesAreValidAndLeaveTheBenchmarkAMarginOfTwo() throws Exception {
        List<ParamFlowRule> rules = JSON.parseArray(read("web-facade-param-flow-rules.json"), ParamFlowRule.class);
        assertThat(rules).allSatisfy(rule -> {
            assertThat(ParamFlowRuleUtil.isValidRule(rule)).as(rule.toString()).isTrue();
            assertThat(rule.getResource()).startsWith(CallerLimits.RESOURCE_PREFIX);
            assertThat(rule.getDurationInSec()).isPositive();
        });
        Map<String, Double> count = rules.stream()
                .collect(Collectors.toMap(ParamFlowRule::getResource, ParamFlowRule::getCount));
        assertThat(count.get("caller:POST:/api/v1/orders")).isGreaterThanOrEqualTo(2 * ORDERS_PER_USER_MAX);
        assertThat(count.get("caller:DELETE:/api/v1/orders/{orderId}")).isGreaterThanOrEqualTo(2 * ORDERS_PER_USER_MAX);
        assertThat(count.get("caller:GET:/api/v1/accounts")).isGreaterThanOrEqualTo(2 * ACCOUNTS_PER_USER_MAX);
        assertThat(count.get("caller:GET:/api/v1/ping")).isGreaterThanOrEqualTo(2 * PINGS_PER_USER_MAX);
    }

    @Test
    void everyApplicationThatCallsAServiceHasBreakersThatReopenByThemselves() throws Exception {
        for (String app : List.of("web-facade", "trade-provider", "fund-provider", "payment-provider",
                "risk-provider", "user-provider")) {
            List<DegradeRule> rules = JSON.parseArray(read(app + "-degrade-rules.json"), DegradeRule.class);
            assertThat(rules).as(app).isNotEmpty().allSatisfy(rule -> {
                assertThat(DegradeRuleManager.isValidRule(rule)).as(rule.toString()).isTrue();
                assertThat(rule.getResource()).startsWith("org.opentrade.api.");
                assertThat(rule.getTimeWindow()).as("half-open after the window").isBetween(1, 30);
                assertThat(rule.getMinRequestAmount()).isGreaterThanOrEqualTo(5);
            });
        }
    }

    @Test
    void systemProtectionLeavesRoomForTheBenchmarksConnections() throws Exception {
        List<SystemRule> rules = JSON.parseArray(read("web-facade-system-rules.json"), SystemRule.class);
        // two inbound entries per request (the route's and the caller's), 64 connections at most in the benchmark
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.getMaxThread() < 0 || rule.getMaxThread() >= 2 * 64 * 2).isTrue();
            assertThat(rule.getHighestCpuUsage()).as("the benchmark saturates the CPU by design").isNegative();
        });
    }

    private static String read(String name) throws Exception {
        return Files.readString(CONFIG.resolve(name));
    }
}
