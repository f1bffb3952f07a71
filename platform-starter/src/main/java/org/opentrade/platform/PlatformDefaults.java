package org.opentrade.platform;

import java.io.IOException;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code opentrade-platform.yml} (Nacos, Dubbo, Seata, RocketMQ, Redis, Sentinel and actuator defaults shared by
 * every application) as the property source of lowest precedence, so an application's own configuration and the
 * environment always win. In front of it goes one of two overlays: {@code opentrade-platform-local.yml} (the
 * documented development defaults) when the {@code local} profile is active, {@code opentrade-platform-cluster.yml}
 * (Dubbo token, Nacos credentials, all from the environment) otherwise. The overlay is chosen here, not by
 * {@code spring.config.activate.on-profile}, because these files are not read by Spring's config-data loader.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {
    public static final String LOCAL_PROFILE = "local";
    static final String RESOURCE = "opentrade-platform.yml";
    static final String LOCAL_RESOURCE = "opentrade-platform-local.yml";
    static final String CLUSTER_RESOURCE = "opentrade-platform-cluster.yml";
    /** After Spring's config data (which settles the active profiles), before anything that reads our defaults. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        add(environment, isLocal(environment) ? LOCAL_RESOURCE : CLUSTER_RESOURCE);
        add(environment, RESOURCE);
    }

    /** True only when the {@code local} profile was selected explicitly: no application defaults to it. */
    public static boolean isLocal(ConfigurableEnvironment environment) {
        return Arrays.asList(environment.getActiveProfiles()).contains(LOCAL_PROFILE);
    }

    private static void add(ConfigurableEnvironment environment, String resource) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
