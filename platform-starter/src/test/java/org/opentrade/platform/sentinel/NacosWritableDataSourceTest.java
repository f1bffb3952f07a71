package org.opentrade.platform.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRule;
import com.alibaba.nacos.api.config.ConfigService;
import org.junit.jupiter.api.Test;

class NacosWritableDataSourceTest {
    /** One publishConfig call: data id, group, content, type. */
    record Published(String dataId, String group, String content, String type) {
    }

    final List<Published> published = new ArrayList<>();

    /** A Nacos that records each publish and answers ACCEPTS. */
    private ConfigService nacos(boolean accepts) {
        return (ConfigService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ConfigService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("publishConfig") && args.length == 4) {
                        published.add(new Published((String) args[0], (String) args[1], (String) args[2],
                                (String) args[3]));
                        return accepts;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private <T> NacosWritableDataSource<List<T>> writer(RuleKind<T> kind, String dataId, boolean accepts) {
        return new NacosWritableDataSource<>(nacos(accepts), "DEFAULT_GROUP", dataId, kind::encode);
    }

    @Test
    void publishesTheWholeRuleSetAsTheJsonDocumentTheReaderWatches() throws Exception {
        List<FlowRule> rules = List.of(RuleKindTest.flowRule("GET:/api/v1/time", 1),
                RuleKindTest.flowRule("POST:/api/v1/sessions", 50));
        writer(RuleKind.FLOW, "web-facade-flow-rules.json", true).write(rules);

        assertThat(published).hasSize(1);
        Published document = published.get(0);
        assertThat(document.dataId()).isEqualTo("web-facade-flow-rules.json");
        assertThat(document.group()).isEqualTo("DEFAULT_GROUP");
        assertThat(document.type()).isEqualTo("json");
        assertThat(RuleKind.FLOW.parse(document.content())).isEqualTo(rules);
    }

    @Test
    void removingTheLastRuleWritesAnEmptyArray() throws Exception {
        writer(RuleKind.PARAM_FLOW, "web-facade-param-flow-rules.json", true).write(List.<ParamFlowRule>of());
        assertThat(published).singleElement().satisfies(document -> {
            assertThat(document.content().strip()).isEqualTo("[]");
            assertThat(RuleKind.PARAM_FLOW.parse(document.content())).isEmpty();
        });
    }

    @Test
    void aRefusalByNacosFailsTheWriteSoTheDashboardIsTold() {
        var writer = writer(RuleKind.FLOW, "web-facade-flow-rules.json", false);
        assertThatThrownBy(() -> writer.write(List.of(RuleKindTest.flowRule("GET:/api/v1/time", 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("web-facade-flow-rules.json");
    }

    @Test
    void neverPublishesADocumentTheReaderWouldRefuse() {
        var writer = writer(RuleKind.FLOW, "web-facade-flow-rules.json", true);
        assertThatThrownBy(() -> writer.write(List.of(RuleKindTest.flowRule("GET:/api/v1/time", -1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(published).isEmpty();
    }
}
