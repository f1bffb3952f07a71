package org.opentrade.platform.sentinel;

import java.util.ArrayList;
import java.util.List;

import com.alibaba.csp.sentinel.datasource.WritableDataSource;
import com.alibaba.csp.sentinel.datasource.nacos.NacosDataSource;
import com.alibaba.csp.sentinel.property.SentinelProperty;
import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.exception.NacosException;
import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.platform.nacos.NacosAccess;

/**
 * The Nacos documents of one application's Sentinel rules, one per {@link RuleKind}: each is read and watched (an
 * edit in the Nacos console applies at once) and written back when the rules change through Sentinel's transport (an
 * edit in the dashboard), so both consoles show and keep the same rules.
 */
final class SentinelRuleDocuments implements AutoCloseable {
    private final NacosAccess access;
    private final String group;
    private final MeterRegistry registry;
    private final ConfigService publisher;
    private final List<NacosDataSource<?>> watched = new ArrayList<>();

    /** {@code registry} may be null: refused documents are then only logged. */
    SentinelRuleDocuments(NacosAccess access, String group, MeterRegistry registry) throws NacosException {
        this.access = access;
        this.group = group;
        this.registry = registry;
        this.publisher = NacosFactory.createConfigService(access.clientProperties());
    }

    /** Reads and watches DATA_ID: the property that Sentinel's rule manager of that kind registers to. */
    <T> SentinelProperty<List<T>> watch(RuleKind<T> kind, String dataId) {
        var source = new NacosDataSource<>(access.clientProperties(), group, dataId,
                new RuleDocumentParser<>(kind, dataId, registry));
        watched.add(source);
        return source.getProperty();
    }

    /** Writes DATA_ID: what Sentinel's transport hands a rule change of that kind to. */
    <T> WritableDataSource<List<T>> writer(RuleKind<T> kind, String dataId) {
        return new NacosWritableDataSource<>(publisher, group, dataId, kind::encode);
    }

    @Override
    public void close() throws Exception {
        for (NacosDataSource<?> source : watched) {
            source.close();
        }
        publisher.shutDown();
    }
}
