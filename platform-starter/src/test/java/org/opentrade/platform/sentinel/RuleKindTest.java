package org.opentrade.platform.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowItem;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRule;
import com.alibaba.csp.sentinel.slots.system.SystemRule;
import org.junit.jupiter.api.Test;

class RuleKindTest {
    static final Path SHIPPED_DOCUMENTS = Path.of("../deploy/local/nacos-config");

    static FlowRule flowRule(String resource, double count) {
        return new FlowRule(resource).setGrade(RuleConstant.FLOW_GRADE_QPS).setCount(count);
    }

    static DegradeRule degradeRule() {
        return new DegradeRule("fund-provider:FundService").setGrade(RuleConstant.DEGRADE_GRADE_EXCEPTION_RATIO)
                .setCount(0.5).setTimeWindow(10).setMinRequestAmount(20).setStatIntervalMs(10_000);
    }

    static ParamFlowRule paramFlowRule() {
        return new ParamFlowRule("POST:/api/v1/orders").setParamIdx(0).setCount(20).setDurationInSec(1)
                .setParamFlowItemList(List.of(new ParamFlowItem("BTC-USD", 100, String.class.getName())));
    }

    static SystemRule systemRule() {
        SystemRule rule = new SystemRule();
        rule.setQps(2_000);
        return rule;
    }

    @Test
    void aMissingOrBlankDocumentMeansNoRules() {
        assertThat(RuleKind.FLOW.parse(null)).isEmpty();
        assertThat(RuleKind.FLOW.parse("  \n")).isEmpty();
        assertThat(RuleKind.SYSTEM.parse("[]")).isEmpty();
    }

    @Test
    void readsAFlowDocumentAsOperatorsWriteIt() {
        List<FlowRule> rules = RuleKind.FLOW.parse("[{\"resource\": \"GET:/api/v1/time\", \"grade\": 1, \"count\": 5}]");
        assertThat(rules).containsExactly(flowRule("GET:/api/v1/time", 5));
        assertThat(rules.get(0).getLimitApp()).isEqualTo(RuleConstant.LIMIT_APP_DEFAULT);
    }

    @Test
    void refusesWhatIsNotAJsonArrayOfRules() {
        for (String document : List.of("{\"resource\": \"x\"}", "[{\"resource\": ", "null", "[1, 2]", "[null]")) {
            assertThatThrownBy(() -> RuleKind.FLOW.parse(document)).as(document)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesTheWholeDocumentForOneRuleSentinelWouldDrop() {
        String document = "[{\"resource\": \"GET:/api/v1/time\", \"grade\": 1, \"count\": 5},"
                + " {\"resource\": \"GET:/api/v1/instruments\", \"grade\": 1, \"count\": -1}]";
        assertThatThrownBy(() -> RuleKind.FLOW.parse(document)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flow rule 1 is not valid").hasMessageContaining("GET:/api/v1/instruments");
        assertThatThrownBy(() -> RuleKind.DEGRADE.parse("[{\"resource\": \"x\", \"count\": 1}]"))
                .as("a circuit breaker without a time window").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleKind.PARAM_FLOW.parse("[{\"resource\": \"x\", \"count\": 1}]"))
                .as("a hot-parameter rule without a parameter index").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSystemRuleMustTurnSomethingOnAndKeepTheCpuShareAtMostOne() {
        assertThat(RuleKind.SYSTEM.parse("[{\"qps\": 2000}]")).containsExactly(systemRule());
        assertThatThrownBy(() -> RuleKind.SYSTEM.parse("[{\"qps\": -1, \"avgRt\": -1}]"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleKind.SYSTEM.parse("[{\"highestCpuUsage\": 1.5}]"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMoreRulesThanTheBound() {
        List<FlowRule> rules = new ArrayList<>(Collections.nCopies(RuleKind.RULES_MAX + 1, flowRule("x", 1)));
        assertThatThrownBy(() -> RuleKind.FLOW.encode(rules)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + RuleKind.RULES_MAX);
    }

    @Test
    void everyKindReadsBackWhatItWrites() {
        List<FlowRule> flow = List.of(flowRule("GET:/api/v1/time", 1), flowRule("POST:/api/v1/orders", 5000)
                .setControlBehavior(RuleConstant.CONTROL_BEHAVIOR_RATE_LIMITER).setMaxQueueingTimeMs(200));
        assertThat(RuleKind.FLOW.parse(RuleKind.FLOW.encode(flow))).isEqualTo(flow);
        assertThat(RuleKind.DEGRADE.parse(RuleKind.DEGRADE.encode(List.of(degradeRule()))))
                .containsExactly(degradeRule());
        assertThat(RuleKind.PARAM_FLOW.parse(RuleKind.PARAM_FLOW.encode(List.of(paramFlowRule()))))
                .containsExactly(paramFlowRule());
        assertThat(RuleKind.SYSTEM.parse(RuleKind.SYSTEM.encode(List.of(systemRule())))).containsExactly(systemRule());
    }

    @Test
    void writesAJsonArrayOperatorsCanReadInTheNacosConsole() {
        String document = RuleKind.FLOW.encode(List.of(flowRule("GET:/api/v1/time", 1)));
        assertThat(document.strip()).startsWith("[").endsWith("]");
        assertThat(document).contains("\"resource\":\"GET:/api/v1/time\"").contains("\"count\":1.0")
                .contains("\"limitApp\":\"default\"").contains("\n");
        assertThat(RuleKind.FLOW.encode(List.of()).strip()).isEqualTo("[]");
    }

    @Test
    void refusesToWriteARuleItWouldRefuseToRead() {
        assertThatThrownBy(() -> RuleKind.FLOW.encode(List.of(flowRule("GET:/api/v1/time", -1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The documents the local stack publishes must be taken whole, else their rules would not apply. */
    @Test
    void theShippedRuleDocumentsAreValid() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED_DOCUMENTS)) {
            List<Path> documents = files.filter(file -> file.getFileName().toString().endsWith("-rules.json"))
                    .filter(file -> !file.getFileName().toString().startsWith("opentrade-")).toList();
            assertThat(documents).isNotEmpty();
            for (Path document : documents) {
                String text = Files.readString(document);
                assertThat(kindOf(document.getFileName().toString()).parse(text)).as(document.toString()).isNotNull();
            }
        }
    }

    private static RuleKind<?> kindOf(String fileName) {
        if (fileName.endsWith("-param-flow-rules.json")) {
            return RuleKind.PARAM_FLOW;
        } else if (fileName.endsWith("-flow-rules.json")) {
            return RuleKind.FLOW;
        } else if (fileName.endsWith("-degrade-rules.json")) {
            return RuleKind.DEGRADE;
        } else if (fileName.endsWith("-system-rules.json")) {
            return RuleKind.SYSTEM;
        }
        throw new AssertionError("a rule document of no known kind: " + fileName);
    }
}
