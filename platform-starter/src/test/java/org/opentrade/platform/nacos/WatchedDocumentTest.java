package org.opentrade.platform.nacos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;

import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.config.listener.Listener;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class WatchedDocumentTest {
    final AtomicReference<Listener> listener = new AtomicReference<>();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    /** A Nacos that serves TEXT once and hands the listener to the test, which plays the operator's changes. */
    private ConfigService nacosServing(String text) {
        return (ConfigService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ConfigService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConfigAndSignListener")) {
                        listener.set((Listener) args[3]);
                        return text;
                    }
                    return null;
                });
    }

    private WatchedDocument<Integer> watching(String text) throws Exception {
        return new WatchedDocument<>(nacosServing(text), "127.0.0.1:8848", "numbers.txt", Integer::parseInt, registry);
    }

    private double rejectedCount() {
        return registry.get(WatchedDocument.REJECTED_METRIC).tag("dataId", "numbers.txt").counter().count();
    }

    @Test
    void appliesAGoodChange() throws Exception {
        var document = watching("1");
        listener.get().receiveConfigInfo("2");
        assertThat(document.current()).isEqualTo(2);
        assertThat(rejectedCount()).isZero();
    }

    @Test
    void keepsTheLastGoodVersionAndCountsABadChange() throws Exception {
        var document = watching("1");
        listener.get().receiveConfigInfo("not a number");
        assertThat(document.current()).isEqualTo(1);
        assertThat(rejectedCount()).isEqualTo(1.0);
    }

    @Test
    void aBadDocumentAtStartUpFailsTheStart() {
        assertThatThrownBy(() -> watching("not a number")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aMissingDocumentAtStartUpFailsTheStart() {
        assertThatThrownBy(() -> watching(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("numbers.txt");
    }
}
