package org.opentrade.risk.adapter.out.nacos;

import com.alibaba.nacos.api.exception.NacosException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.platform.nacos.NacosAccess;
import org.opentrade.platform.nacos.WatchedDocument;
import org.opentrade.risk.application.port.RiskRules;
import org.opentrade.risk.domain.pretrade.RiskRuleSet;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The risk rules from the Nacos document {@code opentrade-risk-rules.json} (format: {@link RiskRulesDocument}). An
 * invalid change is logged, counted (config_document_rejected_total) and ignored: the last rules stay in force.
 */
@Component
class NacosRiskRules implements RiskRules, DisposableBean {
    static final String DATA_ID = "opentrade-risk-rules.json";

    private final WatchedDocument<RiskRuleSet> document;

    NacosRiskRules(NacosAccess nacos, ObjectMapper json, MeterRegistry registry) throws NacosException {
        this.document = new WatchedDocument<>(nacos, DATA_ID, text -> parse(json, text), registry);
    }

    @Override
    public RiskRuleSet current() {
        return document.current();
    }

    static RiskRuleSet parse(ObjectMapper json, String text) {
        try {
            return RiskRulesDocument.parse(json, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(DATA_ID + " refused: " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() throws NacosException {
        document.close();
    }
}
