package org.opentrade.fund;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Accounts and the double-entry journal. Exports {@link org.opentrade.api.fund.FundService} over Dubbo. */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class FundProviderApplication {
    public static void main(String[] args) {
        SpringApplication.run(FundProviderApplication.class, args);
    }
}
