package org.opentrade.user;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Users, credentials, sessions. Exports {@link org.opentrade.api.user.UserService} over Dubbo. */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class UserProviderApplication {
    public static void main(String[] args) {
        SpringApplication.run(UserProviderApplication.class, args);
    }
}
