package org.opentrade.payment;

import java.time.Clock;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.opentrade.payment.application.PaymentProperties;
import org.opentrade.payment.application.withdrawal.WithdrawalLimitProperties;
import org.opentrade.payment.domain.WithdrawalLimits;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Deposits and withdrawals through the bank channel. Exports {@link org.opentrade.api.payment.PaymentService}. */
@SpringBootApplication
@EnableDubbo
@EnableConfigurationProperties({PaymentProperties.class, WithdrawalLimitProperties.class})
public class PaymentProviderApplication {
    public static void main(String[] args) {
        SpringApplication.run(PaymentProviderApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WithdrawalLimits withdrawalLimits(WithdrawalLimitProperties properties) {
        return properties.toLimits();
    }
}
