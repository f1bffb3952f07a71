package org.opentrade.risk.application.port;

/**
 * Freezes a user for a severe alert (user-provider): every trading and money-moving request of theirs is refused from
 * then on, also with a token issued before. Idempotent. Throws when user-provider cannot be asked.
 */
public interface Interception {

    void freeze(long userId, String actor, String reason);
}
