package org.opentrade.platform.secrets;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.platform.PlatformDefaults;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;

/**
 * Outside the {@code local} profile an application must not start with a secret that is missing or that this
 * repository publishes (a forged ADMIN token was accepted that way once). Runs as soon as the configuration is
 * assembled, before Dubbo, Nacos, the database or the web server start, so the failure is immediate and has one
 * message naming every defect ({@link UnsafeSecretsFailureAnalyzer}).
 */
public class SecretGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (PlatformDefaults.isLocal(environment)) {
            return;
        }
        List<String> defects = defects(environment, KnownSecrets.all());
        if (!defects.isEmpty()) {
            throw new UnsafeSecrets(defects);
        }
    }

    static List<String> defects(PropertyResolver environment, List<Secret> secrets) {
        List<String> defects = new ArrayList<>();
        for (Secret secret : secrets) {
            if (secret.neededWhen().test(environment)) {
                String defect = secret.defect(valueOrNull(environment, secret.property()));
                if (defect != null) {
                    defects.add(defect);
                }
            }
        }
        return defects;
    }

    /** The resolved value; null when absent or when it names an environment variable that is not set. */
    static String valueOrNull(PropertyResolver environment, String property) {
        try {
            return environment.getProperty(property);
        } catch (IllegalArgumentException unresolvablePlaceholder) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return PlatformDefaults.ORDER + 1;
    }
}
