package org.opentrade.payment;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Deposits and withdrawals through the bank channel. Exports {@link org.opentrade.api.payment.PaymentService}. */
@SpringBootApplication
@EnableDubbo
public class PaymentProviderApplication {
    public static void main(String[] args) {
        SpringApplication.run(PaymentProviderApplication.class, args);
    }
}
