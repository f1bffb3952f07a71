package org.opentrade.trade;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Instruments, orders, the matching engine and market data. Exports {@link org.opentrade.api.trade.TradeService}. */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class TradeProviderApplication {
    public static void main(String[] args) {
        SpringApplication.run(TradeProviderApplication.class, args);
    }
}
