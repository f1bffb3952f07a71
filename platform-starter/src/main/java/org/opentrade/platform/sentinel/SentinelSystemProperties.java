package org.opentrade.platform.sentinel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Sentinel reads its transport settings from JVM system properties once, when its classes load (which the Dubbo
 * and Spring MVC adapters may do early). So they are copied from the Spring environment before anything else runs.
 */
public class SentinelSystemProperties implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        copy(env, "project.name", "spring.application.name");
        copy(env, "csp.sentinel.dashboard.server", "opentrade.sentinel.dashboard");
        copy(env, "csp.sentinel.api.port", "opentrade.sentinel.api-port");
        copy(env, "csp.sentinel.heartbeat.client.ip", "opentrade.sentinel.client-ip");
        copy(env, "csp.sentinel.log.dir", "opentrade.sentinel.log-dir");
        copy(env, "opentrade.sentinel.bind-address", "opentrade.sentinel.bind-address");
    }

    private static void copy(ConfigurableEnvironment env, String systemKey, String springKey) {
        String value = env.getProperty(springKey);
        if (value != null && !value.isBlank() && System.getProperty(systemKey) == null) {
            System.setProperty(systemKey, value);
        }
    }

    @Override
    public int getOrder() {
        // after PlatformDefaults and the application's own files are in place
        return Ordered.LOWEST_PRECEDENCE;
    }
}
