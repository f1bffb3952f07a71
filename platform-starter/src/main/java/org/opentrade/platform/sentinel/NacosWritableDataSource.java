package org.opentrade.platform.sentinel;

import com.alibaba.csp.sentinel.datasource.Converter;
import com.alibaba.csp.sentinel.datasource.WritableDataSource;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.config.ConfigType;
import com.alibaba.nacos.api.exception.NacosException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes rules that reached this application through Sentinel's transport (the dashboard's {@code setRules},
 * {@code setParamFlowRules}) to the Nacos document its readable source watches: Nacos stays the one source of truth,
 * so the change survives a restart and reaches every instance of the application. Sentinel applies the rules in
 * memory first; a failed write is reported to the dashboard ("write data source failed") and logged by Sentinel.
 */
final class NacosWritableDataSource<T> implements WritableDataSource<T> {
    private static final Logger log = LoggerFactory.getLogger(NacosWritableDataSource.class);

    private final ConfigService nacos;
    private final String group;
    private final String dataId;
    private final Converter<T, String> encoder;

    /** {@code nacos} stays open after {@link #close()}: it is shared, and its owner shuts it down. */
    NacosWritableDataSource(ConfigService nacos, String group, String dataId, Converter<T, String> encoder) {
        this.nacos = nacos;
        this.group = group;
        this.dataId = dataId;
        this.encoder = encoder;
    }

    @Override
    public void write(T value) throws NacosException {
        String document = encoder.convert(value);
        if (!nacos.publishConfig(dataId, group, document, ConfigType.JSON.getType())) {
            throw new IllegalStateException("Nacos did not accept " + dataId + " in " + group);
        }
        log.info("published {} after a rule change through Sentinel's transport", dataId);
    }

    @Override
    public void close() {
    }
}
