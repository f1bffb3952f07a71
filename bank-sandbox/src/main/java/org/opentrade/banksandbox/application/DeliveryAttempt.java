package org.opentrade.banksandbox.application;

import java.time.Instant;

/**
 * One attempt to deliver one copy of a callback, for tests to inspect.
 *
 * @param httpStatus the merchant's answer, 0 when there was none (refused, timed out)
 * @param next       DELIVERED, RETRYING or GAVE_UP
 */
public record DeliveryAttempt(
        String bankReference,
        String merchantReference,
        String status,
        int copy,
        int attempt,
        int httpStatus,
        String next,
        Instant at) {
}
