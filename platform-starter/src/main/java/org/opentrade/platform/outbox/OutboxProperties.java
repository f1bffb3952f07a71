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
 * @param processedEventRetentionMs   {@code processed_event} rows are deleted this long after processing; keep it
 *                                    well above the broker's message retention (RocketMQ: 72 h by default), after
 *                                    which no duplicate can arrive
 * @param processedEventPurgePeriodMs how often that purge runs (one instance at a time)
 */
@ConfigurationProperties("opentrade.outbox")
public record OutboxProperties(boolean enabled, long pollMs, int batchSizeMax, int attemptsMax, long backoffMaxMs,
                               long sendTimeoutMs, long retentionMs, long processedEventRetentionMs,
                               long processedEventPurgePeriodMs) {
    static final long DAY_MS = 24L * 3600 * 1000;

    public OutboxProperties {
        pollMs = pollMs <= 0 ? 200 : pollMs;
        batchSizeMax = batchSizeMax <= 0 ? 100 : Math.min(batchSizeMax, 1_000);
        attemptsMax = attemptsMax <= 0 ? 10 : attemptsMax;
        backoffMaxMs = backoffMaxMs <= 0 ? 30_000 : backoffMaxMs;
        sendTimeoutMs = sendTimeoutMs <= 0 ? 3_000 : sendTimeoutMs;
        retentionMs = retentionMs <= 0 ? 7 * DAY_MS : retentionMs;
        processedEventRetentionMs = processedEventRetentionMs <= 0 ? 7 * DAY_MS : processedEventRetentionMs;
        processedEventPurgePeriodMs = processedEventPurgePeriodMs <= 0 ? 3_600_000 : processedEventPurgePeriodMs;
    }
}
