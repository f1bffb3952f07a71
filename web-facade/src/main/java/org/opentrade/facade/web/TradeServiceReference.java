package org.opentrade.facade.web;

import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.opentrade.api.trade.TradeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one TradeService reference the facade's controllers share. Placing and canceling wait for the symbol's
 * engine (trade-provider bounds that wait at 10 s), so their call timeout is longer than the default 3 s: a client
 * told 503 would retry an order that is about to be answered.
 */
@Configuration
class TradeServiceReference {
    static final int ORDER_TIMEOUT_MS = 15_000;

    @Bean
    // The timeout is set on the reference: measured, the per-method @Method timeouts were not applied (calls timed
    // out at the consumer default, 3 s). Reads answer in milliseconds, so the longer bound costs them nothing.
    @DubboReference(check = false, timeout = ORDER_TIMEOUT_MS)
    ReferenceBean<TradeService> tradeService() {
        return new ReferenceBeanBuilder().build();
    }
}
