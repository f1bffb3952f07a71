package org.opentrade.risk.adapter.out.nacos;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.alibaba.nacos.api.exception.NacosException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.api.money.Decimal8;
import org.opentrade.platform.nacos.NacosAccess;
import org.opentrade.platform.nacos.WatchedDocument;
import org.opentrade.risk.application.RiskRules;
import org.opentrade.risk.domain.OrderLimits;
import org.opentrade.risk.domain.PreTradeCheck;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** The risk rules from the Nacos document {@code opentrade-risk-rules.json}; an invalid change keeps the last rules. */
@Component
class NacosRiskRules implements RiskRules, DisposableBean {
    static final String DATA_ID = "opentrade-risk-rules.json";

    /** One entry of the document, as operators write it (decimal strings). */
    record LimitsDocument(String symbol, String orderQuantityMax, String orderNotionalMax) {
        OrderLimits toLimits() {
            return new OrderLimits(symbol, Decimal8.parse(orderQuantityMax), Decimal8.parse(orderNotionalMax));
        }
    }

    private final WatchedDocument<PreTradeCheck> document;

    NacosRiskRules(NacosAccess nacos, ObjectMapper json) throws NacosException {
        this.document = new WatchedDocument<>(nacos, DATA_ID, text -> parse(json, text));
    }

    @Override
    public PreTradeCheck current() {
        return document.current();
    }

    private static PreTradeCheck parse(ObjectMapper json, String text) {
        try {
            List<LimitsDocument> entries = json.readValue(text, new TypeReference<>() { });
            Map<String, OrderLimits> bySymbol = entries.stream().map(LimitsDocument::toLimits)
                    .collect(Collectors.toMap(OrderLimits::symbol, Function.identity()));
            return new PreTradeCheck(bySymbol);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(DATA_ID + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void destroy() throws NacosException {
        document.close();
    }
}
