package org.opentrade.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SecretGuardTest {
    static final String GOOD_JWT = "a-jwt-secret-of-our-own-0123456789abcdef";
    static final String GOOD_TOKEN = "a-token-of-our-own-0123";

    final SecretGuard guard = new SecretGuard();

    /** What every application has from opentrade-platform.yml, with good values. */
    static MockEnvironment platformWithSecrets() {
        return new MockEnvironment()
                .withProperty("opentrade.nacos-username", "opentrade")
                .withProperty("opentrade.nacos-password", "a-nacos-password")
                .withProperty("opentrade.management.prometheus-token", GOOD_TOKEN)
                .withProperty("dubbo.provider.token", GOOD_TOKEN)
                .withProperty("dubbo.protocol.port", "20881");
    }

    @Test
    void theLocalProfileIsNeverChecked() {
        MockEnvironment env = new MockEnvironment().withProperty("opentrade.auth.jwt-secret", "${OPENTRADE_JWT_SECRET}");
        env.setActiveProfiles("local");
        assertThatNoException().isThrownBy(() -> guard.postProcessEnvironment(env, null));
    }

    @Test
    void withoutAProfileAMissingSecretRefusesTheStartNamingTheVariable() {
        MockEnvironment env = platformWithSecrets().withProperty("opentrade.auth.jwt-secret", "${OPENTRADE_JWT_SECRET}");
        assertThatThrownBy(() -> guard.postProcessEnvironment(env, null))
                .isInstanceOf(UnsafeSecrets.class)
                .hasMessageStartingWith("Refusing to start without the local profile")
                .hasMessageContaining("OPENTRADE_JWT_SECRET (opentrade.auth.jwt-secret) is not set");
    }

    @Test
    void anyOtherProfileIsCheckedToo() {
        MockEnvironment env = platformWithSecrets().withProperty("opentrade.auth.jwt-secret", "");
        env.setActiveProfiles("k8s");
        assertThatThrownBy(() -> guard.postProcessEnvironment(env, null)).isInstanceOf(UnsafeSecrets.class);
    }

    @Test
    void everyPublishedDefaultIsRefused() {
        MockEnvironment env = platformWithSecrets()
                .withProperty("opentrade.auth.jwt-secret", KnownSecrets.LOCAL_JWT_SECRET)
                .withProperty("opentrade.payment.bank.secret", KnownSecrets.LOCAL_BANK_SECRET)
                .withProperty("opentrade.api-keys.master-key", KnownSecrets.LOCAL_API_KEY_MASTER_KEY)
                .withProperty("opentrade.db.sharding-config", "sharding/user.yaml")
                .withProperty("opentrade.db.password", KnownSecrets.LOCAL_DB_PASSWORD)
                .withProperty("opentrade.auth.operator.username", "operator")
                .withProperty("opentrade.auth.operator.password", KnownSecrets.LOCAL_OPERATOR_PASSWORD)
                .withProperty("opentrade.nacos-password", KnownSecrets.NACOS_DEFAULT_PASSWORD);

        assertThat(SecretGuard.defects(env, KnownSecrets.all())).containsExactly(
                "OPENTRADE_JWT_SECRET (opentrade.auth.jwt-secret) is a published default",
                "OPENTRADE_BANK_SECRET (opentrade.payment.bank.secret) is a published default",
                "OPENTRADE_API_KEY_MASTER_KEY (opentrade.api-keys.master-key) is a published default",
                "OPENTRADE_DB_PASSWORD (opentrade.db.password) is a published default",
                "OPENTRADE_OPERATOR_PASSWORD (opentrade.auth.operator.password) is a published default",
                "NACOS_PASSWORD (opentrade.nacos-password) is a published default");
    }

    @Test
    void aShortJwtSecretIsRefused() {
        MockEnvironment env = platformWithSecrets().withProperty("opentrade.auth.jwt-secret", "short-secret");
        assertThat(SecretGuard.defects(env, KnownSecrets.all()))
                .containsExactly("OPENTRADE_JWT_SECRET (opentrade.auth.jwt-secret) is shorter than 32 characters");
    }

    @Test
    void goodSecretsStart() {
        MockEnvironment env = platformWithSecrets()
                .withProperty("opentrade.auth.jwt-secret", GOOD_JWT)
                .withProperty("opentrade.db.sharding-config", "sharding/user.yaml")
                .withProperty("opentrade.db.password", "a-database-password")
                .withProperty("opentrade.auth.operator.username", "operator")
                .withProperty("opentrade.auth.operator.password", "an-operator-password");
        assertThatNoException().isThrownBy(() -> guard.postProcessEnvironment(env, null));
    }

    @Test
    void theApiKeyMasterKeyIsRequiredWhereItIsDeclaredAndMustHold32Bytes() {
        MockEnvironment missing = platformWithSecrets()
                .withProperty("opentrade.api-keys.master-key", "${OPENTRADE_API_KEY_MASTER_KEY}");
        assertThat(SecretGuard.defects(missing, KnownSecrets.all())).containsExactly(
                "OPENTRADE_API_KEY_MASTER_KEY (opentrade.api-keys.master-key) is not set");
        MockEnvironment short16 = platformWithSecrets()
                .withProperty("opentrade.api-keys.master-key", "MDEyMzQ1Njc4OWFiY2RlZg==");
        assertThat(SecretGuard.defects(short16, KnownSecrets.all())).containsExactly(
                "OPENTRADE_API_KEY_MASTER_KEY (opentrade.api-keys.master-key) is shorter than 44 characters");
        MockEnvironment own = platformWithSecrets()
                .withProperty("opentrade.api-keys.master-key", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");
        assertThat(SecretGuard.defects(own, KnownSecrets.all())).isEmpty();
    }

    @Test
    void aSecretIsOnlyRequiredWhereItIsUsed() {
        // no database, no operator, no bank, no JWT: only the platform's own secrets
        assertThat(SecretGuard.defects(platformWithSecrets(), KnownSecrets.all())).isEmpty();
        MockEnvironment withOperatorDisabled = platformWithSecrets()
                .withProperty("opentrade.auth.operator.username", "")
                .withProperty("opentrade.auth.operator.password", "");
        assertThat(SecretGuard.defects(withOperatorDisabled, KnownSecrets.all())).isEmpty();
    }

    @Test
    void aConsumerOnlyApplicationNeedsNoProviderToken() {
        MockEnvironment facade = platformWithSecrets().withProperty("dubbo.protocol.port", "-1")
                .withProperty("dubbo.provider.token", "");
        assertThat(SecretGuard.defects(facade, KnownSecrets.all())).isEmpty();
        MockEnvironment provider = platformWithSecrets().withProperty("dubbo.provider.token", "");
        assertThat(SecretGuard.defects(provider, KnownSecrets.all()))
                .containsExactly("OPENTRADE_DUBBO_TOKEN (dubbo.provider.token) is not set");
    }

    @Test
    void everyDefectIsNamedInOneMessage() {
        MockEnvironment nothing = new MockEnvironment().withProperty("opentrade.auth.jwt-secret", "${OPENTRADE_JWT_SECRET}");
        assertThatThrownBy(() -> guard.postProcessEnvironment(nothing, null))
                .isInstanceOfSatisfying(UnsafeSecrets.class, e -> assertThat(e.defects()).containsExactly(
                        "OPENTRADE_JWT_SECRET (opentrade.auth.jwt-secret) is not set",
                        "NACOS_USERNAME (opentrade.nacos-username) is not set",
                        "NACOS_PASSWORD (opentrade.nacos-password) is not set",
                        "OPENTRADE_DUBBO_TOKEN (dubbo.provider.token) is not set",
                        "OPENTRADE_PROMETHEUS_TOKEN (opentrade.management.prometheus-token) is not set"));
    }
}
