package org.opentrade.payment.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opentrade.payment.*}. The bank's secret comes from the environment ({@code OPENTRADE_BANK_SECRET});
 * the local profile has a documented development default.
 */
@ConfigurationProperties("opentrade.payment")
public record PaymentProperties(Bank bank, Sms sms, Retry retry, Reconciliation reconciliation) {

    /**
     * @param baseUrl              the bank's merchant API
     * @param secret               shared HMAC secret of its notifications
     * @param callbackUrl          where the bank sends notifications (the facade's /api/v1/callbacks/bank)
     * @param timeoutMs            per HTTP call
     * @param notificationWindowMs how old (or new) a notification's timestamp may be
     * @param statusCheckAfterMs   ask the bank for an accepted payment's status when no notification came by then
     * @param requestLeaseMs       a worker's hold on a payment it is sending, before another may try
     */
    public record Bank(String baseUrl, String secret, String callbackUrl, long timeoutMs, long notificationWindowMs,
                       long statusCheckAfterMs, long requestLeaseMs) {
    }

    /** @param baseUrl the SMS gateway; @param timeoutMs per call */
    public record Sms(String baseUrl, long timeoutMs) {
    }

    /** Bank requests: at most attemptsMax, doubling waits from firstBackoffMs up to backoffMaxMs. */
    public record Retry(int attemptsMax, long firstBackoffMs, long backoffMaxMs, long sweepMs, int batchSizeMax) {
    }

    /**
     * @param intervalMs    how often the scheduled job runs
     * @param periodMs      the period each run checks, ending lagMs before now
     * @param lagMs         settlement and replication delay left out of a scheduled run
     * @param marginMs      the bank's statement is read this much wider either side
     * @param paymentsMax   payments compared per run
     */
    public record Reconciliation(long intervalMs, long periodMs, long lagMs, long marginMs, int paymentsMax) {
    }
}
