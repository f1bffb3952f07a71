package org.opentrade.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opentrade.outbox.*}: the relay's bounds. Defaults suit the local stack.
 *
 * @param enabled       opt in per application (its schema must have the outbox table)
 * @param pollMs        delay between relay passes when the previous pass found nothing
 * @param batchSizeMax  rows read per pass
 * @param attemptsMax   publish attempts per event before it is parked as FAILED (logged, left for an operator)
 * @param backoffMaxMs  longest wait between two attempts of one event (doubling from pollMs)
 * @param sendTimeoutMs RocketMQ send timeout
 * @param retentionMs   SENT rows are deleted this long after sending (FAILED rows stay for an operator)
 */
@ConfigurationProperties("opentrade.outbox")
public record OutboxProperties(boolean enabled, long pollMs, int batchSizeMax, int attemptsMax, long backoffMaxMs,
                               long sendTimeoutMs, long retentionMs) {
    public OutboxProperties {
        pollMs = pollMs <= 0 ? 200 : pollMs;
        batchSizeMax = batchSizeMax <= 0 ? 100 : Math.min(batchSizeMax, 1_000);
        attemptsMax = attemptsMax <= 0 ? 10 : attemptsMax;
        backoffMaxMs = backoffMaxMs <= 0 ? 30_000 : backoffMaxMs;
        sendTimeoutMs = sendTimeoutMs <= 0 ? 3_000 : sendTimeoutMs;
        retentionMs = retentionMs <= 0 ? 7L * 24 * 3600 * 1000 : retentionMs;
    }
}
