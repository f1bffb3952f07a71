package org.opentrade.user.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwtSecret        HMAC-SHA256 key of session tokens, at least 32 bytes; from the environment outside the
 *                         local profile
 * @param tokenTtl         how long a session token is accepted
 * @param loginAttemptsMax login attempts per username per {@code loginWindow}
 * @param operator         the operator account created at start-up, if missing
 */
@ConfigurationProperties("opentrade.auth")
public record AuthProperties(String jwtSecret, Duration tokenTtl, int loginAttemptsMax, Duration loginWindow,
                             Operator operator) {

    public record Operator(String username, String password) {
    }
}
