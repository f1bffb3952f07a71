package org.opentrade.platform;

import java.io.IOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code opentrade-platform.yml} (Nacos, Dubbo, Seata, RocketMQ, Redis, Sentinel and actuator defaults shared by
 * every application) as the property source of lowest precedence, so an application's own configuration and the
 * environment always win.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {
    static final String RESOURCE = "opentrade-platform.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load(RESOURCE, new ClassPathResource(RESOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
