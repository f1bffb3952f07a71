package org.opentrade.trade.adapter.out.nacos;

import java.util.List;

import com.alibaba.nacos.api.exception.NacosException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.platform.nacos.NacosAccess;
import org.opentrade.platform.nacos.WatchedDocument;
import org.opentrade.trade.application.InstrumentCatalog;
import org.opentrade.trade.domain.instrument.Instrument;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Instruments from the Nacos document {@code opentrade-instruments.json}; an invalid change keeps the last list. */
@Component
class NacosInstrumentCatalog implements InstrumentCatalog, DisposableBean {
    static final String DATA_ID = "opentrade-instruments.json";

    private final WatchedDocument<List<Instrument>> document;

    NacosInstrumentCatalog(NacosAccess nacos, ObjectMapper json) throws NacosException {
        this.document = new WatchedDocument<>(nacos, DATA_ID, text -> parse(json, text));
    }

    @Override
    public List<Instrument> all() {
        return document.current();
    }

    private static List<Instrument> parse(ObjectMapper json, String text) {
        try {
            return json.readValue(text, new TypeReference<List<InstrumentDocument>>() { }).stream()
                    .map(InstrumentDocument::toInstrument).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(DATA_ID + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void destroy() throws NacosException {
        document.close();
    }
}
