package org.opentrade.risk.adapter.out.nacos;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.config.listener.Listener;
import com.alibaba.nacos.api.exception.NacosException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.api.money.Decimal8;
import org.opentrade.risk.application.RiskRules;
import org.opentrade.risk.domain.OrderLimits;
import org.opentrade.risk.domain.PreTradeCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The risk rules from the Nacos document {@code opentrade-risk-rules.json}, watched; operators change limits in the
 * Nacos console and every instance applies them at once. A bad change is ignored and the last good rules stay.
 */
@Component
class NacosRiskRules implements RiskRules, DisposableBean {
    static final String DATA_ID = "opentrade-risk-rules.json";
    static final String GROUP = "DEFAULT_GROUP";
    static final long READ_TIMEOUT_MS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(NacosRiskRules.class);

    /** One entry of the document, as operators write it (decimal strings). */
    record LimitsDocument(String symbol, String orderQuantityMax, String orderNotionalMax) {
        OrderLimits toLimits() {
            return new OrderLimits(symbol, Decimal8.parse(orderQuantityMax), Decimal8.parse(orderNotionalMax));
        }
    }

    private final ObjectMapper json;
    private final ConfigService nacos;
    private volatile PreTradeCheck current;

    NacosRiskRules(@Value("${opentrade.nacos-addr}") String nacosAddr, ObjectMapper json) throws NacosException {
        this.json = json;
        this.nacos = NacosFactory.createConfigService(nacosAddr);
        String document = nacos.getConfigAndSignListener(DATA_ID, GROUP, READ_TIMEOUT_MS, new Listener() {
            @Override
            public Executor getExecutor() {
                return null;
            }

            @Override
            public void receiveConfigInfo(String changed) {
                try {
                    current = parse(changed);
                    log.info("risk rules changed");
                } catch (RuntimeException e) {
                    log.error("ignored a bad {} change: {}", DATA_ID, e.toString());
                }
            }
        });
        if (document == null) {
            throw new IllegalStateException("Nacos has no " + DATA_ID + " in " + GROUP + " at " + nacosAddr);
        }
        this.current = parse(document);
    }

    @Override
    public PreTradeCheck current() {
        return current;
    }

    private PreTradeCheck parse(String document) {
        try {
            List<LimitsDocument> entries = json.readValue(document, new TypeReference<>() { });
            Map<String, OrderLimits> bySymbol = entries.stream().map(LimitsDocument::toLimits)
                    .collect(Collectors.toMap(OrderLimits::symbol, Function.identity()));
            return new PreTradeCheck(bySymbol);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(DATA_ID + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void destroy() throws NacosException {
        nacos.shutDown();
    }
}
