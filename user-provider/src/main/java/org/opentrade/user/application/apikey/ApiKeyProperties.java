package org.opentrade.user.application.apikey;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param masterKey          AES-256 key that seals API key secrets: 32 bytes in base64 (e.g. {@code openssl rand
 *                           -base64 32}); from {@code OPENTRADE_API_KEY_MASTER_KEY} outside the local profile, where a
 *                           missing or published one refuses the start (SecretGuard)
 * @param liveKeysPerUserMax keys a user may hold that are not revoked
 */
@ConfigurationProperties("opentrade.api-keys")
public record ApiKeyProperties(String masterKey, int liveKeysPerUserMax) {
    public static final int LIVE_KEYS_PER_USER_DEFAULT = 20;

    public ApiKeyProperties {
        if (liveKeysPerUserMax <= 0) {
            liveKeysPerUserMax = LIVE_KEYS_PER_USER_DEFAULT;
        }
    }
}
