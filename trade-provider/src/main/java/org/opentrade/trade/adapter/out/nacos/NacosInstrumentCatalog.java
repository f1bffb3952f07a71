package org.opentrade.trade.adapter.out.nacos;

import java.util.List;
import java.util.concurrent.Executor;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.config.listener.Listener;
import com.alibaba.nacos.api.exception.NacosException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.trade.application.InstrumentCatalog;
import org.opentrade.trade.domain.instrument.Instrument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Instruments from the Nacos config document {@code opentrade-instruments.json}, watched for changes. A change that
 * does not parse or breaks an instrument rule is logged and ignored: the last good list stays in force.
 */
@Component
class NacosInstrumentCatalog implements InstrumentCatalog, DisposableBean {
    static final String DATA_ID = "opentrade-instruments.json";
    static final String GROUP = "DEFAULT_GROUP";
    static final long READ_TIMEOUT_MS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(NacosInstrumentCatalog.class);

    private final ObjectMapper json;
    private final ConfigService nacos;
    private volatile List<Instrument> instruments;

    NacosInstrumentCatalog(@Value("${opentrade.nacos-addr}") String nacosAddr, ObjectMapper json)
            throws NacosException {
        this.json = json;
        this.nacos = NacosFactory.createConfigService(nacosAddr);
        String document = nacos.getConfigAndSignListener(DATA_ID, GROUP, READ_TIMEOUT_MS, new Listener() {
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
            throw new IllegalStateException("Nacos has no " + DATA_ID + " in " + GROUP + " at " + nacosAddr);
        }
        this.instruments = parse(document);
        log.info("instruments: {}", instruments.stream().map(Instrument::symbol).toList());
    }

    @Override
    public List<Instrument> all() {
        return instruments;
    }

    private void apply(String document) {
        try {
            instruments = parse(document);
            log.info("instruments changed: {}", instruments.stream().map(Instrument::symbol).toList());
        } catch (RuntimeException e) {
            log.error("ignored a bad {} change, keeping {}: {}", DATA_ID, instruments, e.toString());
        }
    }

    private List<Instrument> parse(String document) {
        try {
            return json.readValue(document, new TypeReference<List<InstrumentDocument>>() { }).stream()
                    .map(InstrumentDocument::toInstrument).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(DATA_ID + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void destroy() throws NacosException {
        nacos.shutDown();
    }
}
