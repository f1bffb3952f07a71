package org.opentrade.facade.auth.apikey;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the facade checks requests signed with API keys. What it learns from user-provider about each key is cached
 * with {@code opentrade.auth.session-check} (the same bounds as sessions).
 *
 * @param receiveWindowMs   how far a request's timestamp may be from the facade's clock, either way
 * @param requestsPerSecond each key's sustained rate (at most 1000), shared by every facade instance
 * @param burst             requests a key may send at once after a quiet moment (at least 1)
 */
@ConfigurationProperties("opentrade.api-keys")
public record ApiKeyProperties(long receiveWindowMs, int requestsPerSecond, int burst) {
    public static final int REQUESTS_PER_SECOND_MAX = 1_000;

    public ApiKeyProperties {
        if (requestsPerSecond < 1 || requestsPerSecond > REQUESTS_PER_SECOND_MAX || burst < 1) {
            throw new IllegalArgumentException("api-keys: need 1 <= requests-per-second <= "
                    + REQUESTS_PER_SECOND_MAX + " and burst >= 1");
        }
    }

    public ReceiveWindow window() {
        return new ReceiveWindow(receiveWindowMs);
    }

    /** Milliseconds between two requests at the sustained rate (rounded down: the rate is at least the one set). */
    public long emissionIntervalMs() {
        return 1_000L / requestsPerSecond;
    }
}
