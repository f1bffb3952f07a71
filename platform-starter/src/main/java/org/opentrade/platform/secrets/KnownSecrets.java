package org.opentrade.platform.secrets;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.core.env.PropertyResolver;

/**
 * Every secret an opentrade application may hold, with the values this repository publishes for the local profile
 * (and Nacos's own documented default). One list, so a new secret is refused in one place.
 */
final class KnownSecrets {
    /** Published in user-provider's and web-facade's application.yml (local profile). */
    static final String LOCAL_JWT_SECRET = "local-only-jwt-secret-change-me-0123456789";
    /** Published in payment-provider's and bank-sandbox's application.yml and bank-sandbox/README.md. */
    static final String LOCAL_BANK_SECRET = "local-only-bank-sandbox-secret-change-me";
    /** Published in opentrade-platform-local.yml and deploy/local. */
    static final String LOCAL_DB_PASSWORD = "opentrade";
    /** Published in the README and user-provider's application.yml (local profile). */
    static final String LOCAL_OPERATOR_PASSWORD = "operator-local-1";
    /** Published in user-provider's application.yml (local profile): base64 of "local-only-api-key-master-key-01". */
    static final String LOCAL_API_KEY_MASTER_KEY = "bG9jYWwtb25seS1hcGkta2V5LW1hc3Rlci1rZXktMDE=";
    /** 32 bytes (AES-256) in base64. */
    static final int AES_256_KEY_BASE64_LENGTH = 44;
    /** Nacos's documented console and API default. */
    static final String NACOS_DEFAULT_PASSWORD = "nacos";
    /** HS256 wants a key of at least 256 bits. */
    static final int HMAC_KEY_LENGTH_MIN = 32;
    static final int TOKEN_LENGTH_MIN = 16;

    private KnownSecrets() {
    }

    static List<Secret> all() {
        return List.of(
                new Secret("opentrade.auth.jwt-secret", "OPENTRADE_JWT_SECRET", HMAC_KEY_LENGTH_MIN,
                        Set.of(LOCAL_JWT_SECRET), declares("opentrade.auth.jwt-secret")),
                new Secret("opentrade.payment.bank.secret", "OPENTRADE_BANK_SECRET", TOKEN_LENGTH_MIN,
                        Set.of(LOCAL_BANK_SECRET), declares("opentrade.payment.bank.secret")),
                new Secret("opentrade.api-keys.master-key", "OPENTRADE_API_KEY_MASTER_KEY",
                        AES_256_KEY_BASE64_LENGTH, Set.of(LOCAL_API_KEY_MASTER_KEY),
                        declares("opentrade.api-keys.master-key")),
                new Secret("opentrade.db.password", "OPENTRADE_DB_PASSWORD", 1,
                        Set.of(LOCAL_DB_PASSWORD), declares("opentrade.db.sharding-config")),
                new Secret("opentrade.auth.operator.password", "OPENTRADE_OPERATOR_PASSWORD", 1,
                        Set.of(LOCAL_OPERATOR_PASSWORD), hasValue("opentrade.auth.operator.username")),
                new Secret("opentrade.nacos-username", "NACOS_USERNAME", 1, Set.of(), always()),
                new Secret("opentrade.nacos-password", "NACOS_PASSWORD", 1,
                        Set.of(NACOS_DEFAULT_PASSWORD), always()),
                new Secret("dubbo.provider.token", "OPENTRADE_DUBBO_TOKEN", TOKEN_LENGTH_MIN, Set.of(),
                        exportsServices()),
                new Secret("opentrade.management.prometheus-token", "OPENTRADE_PROMETHEUS_TOKEN", TOKEN_LENGTH_MIN,
                        Set.of(), always()));
    }

    private static Predicate<PropertyResolver> always() {
        return env -> true;
    }

    private static Predicate<PropertyResolver> declares(String property) {
        return env -> env.containsProperty(property);
    }

    private static Predicate<PropertyResolver> hasValue(String property) {
        return env -> {
            String value = SecretGuard.valueOrNull(env, property);
            return value != null && !value.isBlank();
        };
    }

    /** web-facade only consumes (its protocol port is -1): it needs no provider token of its own. */
    private static Predicate<PropertyResolver> exportsServices() {
        return env -> !"-1".equals(SecretGuard.valueOrNull(env, "dubbo.protocol.port"));
    }
}
