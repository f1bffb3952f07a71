package org.opentrade.platform.sentinel;

import java.util.List;

import com.alibaba.csp.sentinel.datasource.WritableDataSource;
import com.alibaba.csp.sentinel.property.DynamicSentinelProperty;
import com.alibaba.csp.sentinel.property.SentinelProperty;
import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.config.listener.AbstractListener;
import com.alibaba.nacos.api.exception.NacosException;
import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.platform.nacos.NacosAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Nacos documents of one application's Sentinel rules, one per {@link RuleKind}: each is read and watched (an
 * edit in the Nacos console applies at once) and written back when the rules change through Sentinel's transport (an
 * edit in the dashboard), so both consoles show and keep the same rules. One Nacos client serves all four documents
 * (Sentinel's own NacosDataSource opens a client, with its threads and connection, per document).
 */
final class SentinelRuleDocuments implements AutoCloseable {
    static final long READ_TIMEOUT_MS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(SentinelRuleDocuments.class);

    private final String group;
    private final MeterRegistry registry;
    private final ConfigService nacos;

    /** {@code registry} may be null: refused documents are then only logged. */
    SentinelRuleDocuments(NacosAccess access, String group, MeterRegistry registry) throws NacosException {
        this.group = group;
        this.registry = registry;
        this.nacos = NacosFactory.createConfigService(access.clientProperties());
    }

    /**
     * Reads and watches DATA_ID: the property that Sentinel's rule manager of that kind registers to. A document the
     * parser refuses leaves the property as it was (the last good rules); one that cannot be read at start-up leaves
     * it empty until Nacos delivers a good version.
     */
    <T> SentinelProperty<List<T>> watch(RuleKind<T> kind, String dataId) {
        var property = new DynamicSentinelProperty<List<T>>();
        var parser = new RuleDocumentParser<>(kind, dataId, registry);
        var listener = new AbstractListener() {
            @Override
            public void receiveConfigInfo(String document) {
                apply(property, parser, document);
            }
        };
        try {
            apply(property, parser, nacos.getConfigAndSignListener(dataId, group, READ_TIMEOUT_MS, listener));
        } catch (NacosException e) {
            log.warn("could not read {} at start-up (no {} rules until Nacos delivers it): {}", dataId, kind.name(),
                    e.getErrMsg());
        }
        return property;
    }

    private static <T> void apply(DynamicSentinelProperty<List<T>> property, RuleDocumentParser<T> parser,
                                  String document) {
        try {
            property.updateValue(parser.convert(document));
        } catch (IllegalArgumentException refused) {
            // logged and counted by the parser; the rules in force stay
        }
    }

    /** Writes DATA_ID: what Sentinel's transport hands a rule change of that kind to. */
    <T> WritableDataSource<List<T>> writer(RuleKind<T> kind, String dataId) {
        return new NacosWritableDataSource<>(nacos, group, dataId, kind::encode);
    }

    @Override
    public void close() throws NacosException {
        nacos.shutDown();
    }
}
