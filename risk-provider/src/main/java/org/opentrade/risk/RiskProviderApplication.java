package org.opentrade.risk;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Pre-trade checks and post-trade monitoring. Exports {@link org.opentrade.api.risk.RiskService}. */
@SpringBootApplication
@EnableDubbo
public class RiskProviderApplication {
    public static void main(String[] args) {
        SpringApplication.run(RiskProviderApplication.class, args);
    }
}
