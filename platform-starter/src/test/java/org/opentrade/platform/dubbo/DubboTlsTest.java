package org.opentrade.platform.dubbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentrade.platform.secrets.UnsafeSecrets;
import org.springframework.mock.env.MockEnvironment;

class DubboTlsTest {
    final DubboTls tls = new DubboTls();

    @Test
    void aCertificateTurnsOnMutualTlsForProviderAndConsumer() {
        MockEnvironment env = new MockEnvironment().withProperty(DubboTls.CERT, "/tls/tls.crt")
                .withProperty(DubboTls.KEY, "/tls/tls.key").withProperty(DubboTls.CA, "/tls/ca.crt");
        env.setActiveProfiles("k8s");
        tls.postProcessEnvironment(env, null);

        assertThat(env.getProperty("dubbo.protocol.ssl-enabled")).isEqualTo("true");
        assertThat(env.getProperty("dubbo.ssl.server-key-cert-chain-path")).isEqualTo("/tls/tls.crt");
        assertThat(env.getProperty("dubbo.ssl.client-key-cert-chain-path")).isEqualTo("/tls/tls.crt");
        assertThat(env.getProperty("dubbo.ssl.server-private-key-path")).isEqualTo("/tls/tls.key");
        assertThat(env.getProperty("dubbo.ssl.server-trust-cert-collection-path")).isEqualTo("/tls/ca.crt");
        assertThat(env.getProperty("dubbo.ssl.client-trust-cert-collection-path")).isEqualTo("/tls/ca.crt");
    }

    @Test
    void noCertificateNoTls() {
        MockEnvironment env = new MockEnvironment().withProperty(DubboTls.CERT, "");
        tls.postProcessEnvironment(env, null);
        assertThat(env.getProperty("dubbo.protocol.ssl-enabled")).isNull();
    }

    @Test
    void theLocalProfileNeverRunsTls() {
        MockEnvironment env = new MockEnvironment().withProperty(DubboTls.CERT, "/tls/tls.crt");
        env.setActiveProfiles("local");
        tls.postProcessEnvironment(env, null);
        assertThat(env.getProperty("dubbo.protocol.ssl-enabled")).isNull();
    }

    @Test
    void aCertificateWithoutKeyOrAuthorityIsAConfigurationError() {
        MockEnvironment env = new MockEnvironment().withProperty(DubboTls.CERT, "/tls/tls.crt");
        assertThatThrownBy(() -> tls.postProcessEnvironment(env, null)).isInstanceOf(UnsafeSecrets.class)
                .hasMessageContaining("OPENTRADE_DUBBO_TLS_KEY");
    }
}
