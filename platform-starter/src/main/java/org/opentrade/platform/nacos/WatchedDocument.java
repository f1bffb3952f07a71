package org.opentrade.platform.nacos;

import java.util.concurrent.Executor;
import java.util.function.Function;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.config.listener.Listener;
import com.alibaba.nacos.api.exception.NacosException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configuration document in Nacos, parsed and watched: operators change it in the Nacos console and every
 * instance applies the change at once. A change that does not parse (the parser throws) is logged in one line,
 * counted ({@value #REJECTED_METRIC}, tagged with the data id, when a registry is given) and ignored: the last good
 * version stays in force. A document missing or invalid at start-up is a start-up failure.
 *
 * @param <T> the parsed, immutable form of the document
 */
public final class WatchedDocument<T> implements AutoCloseable {
    public static final String GROUP = "DEFAULT_GROUP";
    /** Prometheus: config_document_rejected_total{dataId=...}; any increase means operators published a bad change. */
    public static final String REJECTED_METRIC = "config.document.rejected";
    static final long READ_TIMEOUT_MS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(WatchedDocument.class);

    private final String dataId;
    private final Function<String, T> parser;
    private final ConfigService nacos;
    private final Counter rejected;
    private volatile T current;

    public WatchedDocument(NacosAccess access, String dataId, Function<String, T> parser) throws NacosException {
        this(access, dataId, parser, null);
    }

    /** {@code registry} may be null: rejected changes are then only logged. */
    public WatchedDocument(NacosAccess access, String dataId, Function<String, T> parser, MeterRegistry registry)
            throws NacosException {
        this(NacosFactory.createConfigService(access.clientProperties()), access.serverAddr(), dataId, parser,
                registry);
    }

    WatchedDocument(ConfigService nacos, String serverAddr, String dataId, Function<String, T> parser,
                    MeterRegistry registry) throws NacosException {
        this.dataId = dataId;
        this.parser = parser;
        this.nacos = nacos;
        this.rejected = registry == null ? null : rejectedCounter(registry, dataId);
        String document = nacos.getConfigAndSignListener(dataId, GROUP, READ_TIMEOUT_MS, new Listener() {
            @Override
            public Executor getExecutor() {
                return null;
            }

            @Override
            public void receiveConfigInfo(String changed) {
                apply(changed);
            }
        });
        if (document == null) {
            throw new IllegalStateException("Nacos has no " + dataId + " in " + GROUP + " at " + serverAddr);
        }
        this.current = parser.apply(document);
        log.info("{} loaded", dataId);
    }

    /** The one counter of refused changes of DATA_ID, shared by every reader of watched documents. */
    public static Counter rejectedCounter(MeterRegistry registry, String dataId) {
        return Counter.builder(REJECTED_METRIC).tag("dataId", dataId)
                .description("changes of a watched Nacos document that did not parse and were ignored")
                .register(registry);
    }

    public T current() {
        return current;
    }

    private void apply(String document) {
        try {
            current = parser.apply(document);
            log.info("{} changed and applied", dataId);
        } catch (RuntimeException e) {
            if (rejected != null) {
                rejected.increment();
            }
            log.error("ignored a bad change of {}, keeping the last good version: {}", dataId, e.toString());
        }
    }

    @Override
    public void close() throws NacosException {
        nacos.shutDown();
    }
}
