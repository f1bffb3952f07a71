package org.opentrade.platform.nacos;

import java.util.concurrent.Executor;
import java.util.function.Function;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.config.listener.Listener;
import com.alibaba.nacos.api.exception.NacosException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configuration document in Nacos, parsed and watched: operators change it in the Nacos console and every
 * instance applies the change at once. A change that does not parse (the parser throws) is logged and ignored:
 * the last good version stays in force. A document missing at start-up is a start-up failure.
 *
 * @param <T> the parsed, immutable form of the document
 */
public final class WatchedDocument<T> implements AutoCloseable {
    public static final String GROUP = "DEFAULT_GROUP";
    static final long READ_TIMEOUT_MS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(WatchedDocument.class);

    private final String dataId;
    private final Function<String, T> parser;
    private final ConfigService nacos;
    private volatile T current;

    public WatchedDocument(NacosAccess access, String dataId, Function<String, T> parser) throws NacosException {
        this.dataId = dataId;
        this.parser = parser;
        this.nacos = NacosFactory.createConfigService(access.clientProperties());
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
            throw new IllegalStateException("Nacos has no " + dataId + " in " + GROUP + " at " + access.serverAddr());
        }
        this.current = parser.apply(document);
        log.info("{} loaded", dataId);
    }

    public T current() {
        return current;
    }

    private void apply(String document) {
        try {
            current = parser.apply(document);
            log.info("{} changed and applied", dataId);
        } catch (RuntimeException e) {
            log.error("ignored a bad change of {}, keeping the last good version: {}", dataId, e.toString());
        }
    }

    @Override
    public void close() throws NacosException {
        nacos.shutDown();
    }
}
