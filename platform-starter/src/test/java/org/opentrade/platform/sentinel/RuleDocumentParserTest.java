package org.opentrade.platform.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.alibaba.csp.sentinel.property.DynamicSentinelProperty;
import com.alibaba.csp.sentinel.property.SentinelProperty;
import com.alibaba.csp.sentinel.property.SimplePropertyListener;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.opentrade.platform.nacos.WatchedDocument;

class RuleDocumentParserTest {
    static final String DATA_ID = "web-facade-flow-rules.json";
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final RuleDocumentParser<FlowRule> parser = new RuleDocumentParser<>(RuleKind.FLOW, DATA_ID, registry);
    final SentinelProperty<List<FlowRule>> rulesInForce = new DynamicSentinelProperty<>();
    final AtomicReference<List<FlowRule>> inForce = new AtomicReference<>();

    {
        rulesInForce.addListener(new SimplePropertyListener<>() {
            @Override
            public void configUpdate(List<FlowRule> value) {
                inForce.set(value);
            }
        });
    }

    /** What SentinelRuleDocuments does with each version of the document: convert, then update the property. */
    private void published(String document) {
        try {
            rulesInForce.updateValue(parser.convert(document));
        } catch (IllegalArgumentException refused) {
            // the data source logs it and leaves the property as it was
        }
    }

    private List<FlowRule> inForce() {
        return inForce.get();
    }

    private double rejectedCount() {
        return registry.get(WatchedDocument.REJECTED_METRIC).tag("dataId", DATA_ID).counter().count();
    }

    @Test
    void theCounterExistsAtZeroBeforeAnythingIsRefused() {
        assertThat(rejectedCount()).isZero();
    }

    @Test
    void appliesAGoodVersion() {
        published("[{\"resource\": \"GET:/api/v1/time\", \"grade\": 1, \"count\": 5}]");
        assertThat(inForce()).containsExactly(RuleKindTest.flowRule("GET:/api/v1/time", 5));
        assertThat(rejectedCount()).isZero();
    }

    @Test
    void keepsTheLastGoodRulesAndCountsABadVersion() {
        published("[{\"resource\": \"GET:/api/v1/time\", \"grade\": 1, \"count\": 5}]");
        published("[{\"resource\": \"GET:/api/v1/time\", \"grade\": 1, \"count\": }]");
        published("[{\"resource\": \"GET:/api/v1/time\", \"grade\": 1, \"count\": -5}]");
        assertThat(inForce()).containsExactly(RuleKindTest.flowRule("GET:/api/v1/time", 5));
        assertThat(rejectedCount()).isEqualTo(2.0);
    }

    @Test
    void refusesByThrowingSoTheDataSourceAppliesNothing() {
        assertThatThrownBy(() -> parser.convert("{}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(rejectedCount()).isEqualTo(1.0);
    }

    @Test
    void worksWithoutARegistry() {
        var unmetered = new RuleDocumentParser<>(RuleKind.SYSTEM, "x-system-rules.json", null);
        assertThat(unmetered.convert("[{\"maxThread\": 400}]")).hasSize(1);
        assertThatThrownBy(() -> unmetered.convert("[{}]")).isInstanceOf(IllegalArgumentException.class);
    }
}
