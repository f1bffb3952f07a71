package org.opentrade.facade;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The HTTP API v1: authentication, validation, flow control and error mapping in front of the providers. No
 * business rule lives here; every decision is a Dubbo call.
 */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class FacadeApplication {
    public static void main(String[] args) {
        SpringApplication.run(FacadeApplication.class, args);
    }
}
