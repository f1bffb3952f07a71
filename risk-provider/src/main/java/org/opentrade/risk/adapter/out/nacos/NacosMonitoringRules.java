package org.opentrade.risk.adapter.out.nacos;

import com.alibaba.nacos.api.exception.NacosException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.platform.nacos.NacosAccess;
import org.opentrade.platform.nacos.WatchedDocument;
import org.opentrade.risk.application.port.MonitoringRulesSource;
import org.opentrade.risk.domain.monitoring.MonitoringRules;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The "monitoring" section of {@value NacosRiskRules#DATA_ID}, watched on its own: a bad section is refused (one log
 * line, the {@code config.document.rejected} metric) and the detectors keep their settings, whatever the pre-trade
 * part of the same change did.
 */
@Component
class NacosMonitoringRules implements MonitoringRulesSource, DisposableBean {
    private final WatchedDocument<MonitoringRules> document;

    NacosMonitoringRules(NacosAccess nacos, ObjectMapper json, MeterRegistry meters) throws NacosException {
        this.document = new WatchedDocument<>(nacos, NacosRiskRules.DATA_ID, text -> parse(json, text), meters);
    }

    @Override
    public MonitoringRules current() {
        return document.current();
    }

    private static MonitoringRules parse(ObjectMapper json, String text) {
        try {
            return MonitoringRulesDocument.parse(json.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(NacosRiskRules.DATA_ID + " is not valid JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    @Override
    public void destroy() throws NacosException {
        document.close();
    }
}
