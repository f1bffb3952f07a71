package org.opentrade.banksandbox.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything the sandbox is bounded by. Defaults live in application.yml; the secret comes from
 * BANK_SANDBOX_SECRET (the local profile has a documented development default).
 *
 * @param secret               shared with the merchant, signs every callback (HMAC-SHA256)
 * @param recordsMax           transfers kept in memory, oldest forgotten first
 * @param callbackHostsAllowed the only hosts a callback URL may name
 * @param smsMessagesMax       SMS messages kept
 * @param statementLinesMax    lines in one statement answer (a {@code limit} above it is refused)
 * @param plantsMax            planted statement mismatches at a time
 * @param deliveryLogMax       callback delivery attempts remembered for tests
 * @param requestBodyBytesMax  larger request bodies are refused with 413
 */
@ConfigurationProperties("bank-sandbox")
public record SandboxProperties(
        String secret,
        int recordsMax,
        List<String> callbackHostsAllowed,
        int smsMessagesMax,
        int statementLinesMax,
        int plantsMax,
        int deliveryLogMax,
        int requestBodyBytesMax,
        Callback callback) {

    private static final int SECRET_LENGTH_MIN = 16;

    public SandboxProperties {
        if (secret == null || secret.length() < SECRET_LENGTH_MIN) {
            throw new IllegalArgumentException("bank-sandbox.secret (BANK_SANDBOX_SECRET) must have at least "
                    + SECRET_LENGTH_MIN + " characters");
        }
        requirePositive("records-max", recordsMax);
        requirePositive("sms-messages-max", smsMessagesMax);
        requirePositive("statement-lines-max", statementLinesMax);
        requirePositive("plants-max", plantsMax);
        requirePositive("delivery-log-max", deliveryLogMax);
        requirePositive("request-body-bytes-max", requestBodyBytesMax);
        if (callbackHostsAllowed == null || callbackHostsAllowed.isEmpty()) {
            throw new IllegalArgumentException("bank-sandbox.callback-hosts-allowed must name at least one host");
        }
        if (callback == null) {
            throw new IllegalArgumentException("bank-sandbox.callback must be configured");
        }
    }

    public Set<String> callbackHosts() {
        return callbackHostsAllowed.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param threads          workers that settle transfers and deliver callbacks
     * @param pendingMax       callback deliveries in flight (scheduled or retrying); beyond it requests get 503
     * @param connectTimeoutMs connecting to the merchant
     * @param requestTimeoutMs one delivery attempt, answer included
     * @param attemptsMax      delivery attempts per callback copy
     * @param backoffInitialMs wait after the first failed attempt, doubled after each further one
     * @param backoffMaxMs     the longest wait between attempts
     * @param retryWindowMs    no attempt starts later than this after the first one
     * @param reorderHoldMs    the longest an out-of-order batch holds a settled callback back
     */
    public record Callback(
            int threads,
            int pendingMax,
            long connectTimeoutMs,
            long requestTimeoutMs,
            int attemptsMax,
            long backoffInitialMs,
            long backoffMaxMs,
            long retryWindowMs,
            long reorderHoldMs) {

        public Callback {
            requirePositive("callback.threads", threads);
            requirePositive("callback.pending-max", pendingMax);
            requirePositive("callback.connect-timeout-ms", connectTimeoutMs);
            requirePositive("callback.request-timeout-ms", requestTimeoutMs);
            requirePositive("callback.attempts-max", attemptsMax);
            requirePositive("callback.backoff-initial-ms", backoffInitialMs);
            requirePositive("callback.backoff-max-ms", backoffMaxMs);
            requirePositive("callback.retry-window-ms", retryWindowMs);
            requirePositive("callback.reorder-hold-ms", reorderHoldMs);
        }
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("bank-sandbox." + name + " must be positive");
        }
    }
}
