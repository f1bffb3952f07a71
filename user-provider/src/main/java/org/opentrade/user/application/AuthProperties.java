package org.opentrade.user.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwtSecret        HMAC-SHA256 key of session tokens, at least 32 bytes; from the environment outside the
 *                         local profile
 * @param tokenTtl         how long a session token is accepted
 * @param loginFailuresMax failed logins of one username from one origin (client address) before that pair is refused
 * @param loginFailuresPerOriginMax failed logins from one origin, whatever the usernames, before it is refused
 * @param loginWindow      failures are forgotten this long after the last one counted
 * @param operator         the operator account created at start-up, if missing (its password is not held to the
 *                         password rules: outside the local profile SecretGuard refuses the published one)
 */
@ConfigurationProperties("opentrade.auth")
public record AuthProperties(String jwtSecret, Duration tokenTtl, int loginFailuresMax, int loginFailuresPerOriginMax,
                             Duration loginWindow, Operator operator) {

    public record Operator(String username, String password) {
    }
}
