package org.opentrade.platform.dubbo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.platform.PlatformDefaults;
import org.opentrade.platform.secrets.UnsafeSecrets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Mutual TLS between consumers and providers when a certificate is configured (outside the local profile): the
 * certificate and key ({@code OPENTRADE_DUBBO_TLS_CERT}, {@code OPENTRADE_DUBBO_TLS_KEY}, PEM files) serve both as
 * the provider's server identity and as the consumer's client identity, and {@code OPENTRADE_DUBBO_TLS_CA} is the
 * authority both sides trust. No certificate: no TLS (the cluster's NetworkPolicy and the Dubbo token still apply).
 */
public class DubboTls implements EnvironmentPostProcessor, Ordered {
    static final String SOURCE = "opentrade-dubbo-tls";
    static final String CERT = "opentrade.dubbo-tls.cert-chain-path";
    static final String KEY = "opentrade.dubbo-tls.private-key-path";
    static final String CA = "opentrade.dubbo-tls.trust-cert-path";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (PlatformDefaults.isLocal(environment)) {
            return;
        }
        String cert = environment.getProperty(CERT, "");
        if (cert.isBlank()) {
            return;
        }
        String key = environment.getProperty(KEY, "");
        String ca = environment.getProperty(CA, "");
        if (key.isBlank() || ca.isBlank()) {
            throw new UnsafeSecrets(List.of("OPENTRADE_DUBBO_TLS_CERT is set, so OPENTRADE_DUBBO_TLS_KEY and "
                    + "OPENTRADE_DUBBO_TLS_CA must be set too"));
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, properties(cert, key, ca)));
    }

    static Map<String, Object> properties(String cert, String key, String ca) {
        Map<String, Object> tls = new LinkedHashMap<>();
        tls.put("dubbo.protocol.ssl-enabled", "true");
        tls.put("dubbo.ssl.server-key-cert-chain-path", cert);
        tls.put("dubbo.ssl.server-private-key-path", key);
        tls.put("dubbo.ssl.server-trust-cert-collection-path", ca);
        tls.put("dubbo.ssl.client-key-cert-chain-path", cert);
        tls.put("dubbo.ssl.client-private-key-path", key);
        tls.put("dubbo.ssl.client-trust-cert-collection-path", ca);
        return tls;
    }

    @Override
    public int getOrder() {
        return PlatformDefaults.ORDER + 2;
    }
}
