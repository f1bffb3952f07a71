package org.opentrade.banksandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A stand-in for the external bank and SMS gateway, run as its own process in the local stack and in tests.
 * It is deliberately not part of our system: it keeps its state in memory, and nothing of ours depends on it
 * except over HTTP.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BankSandboxApplication {

    public static void main(String[] args) {
        SpringApplication.run(BankSandboxApplication.class, args);
    }
}
