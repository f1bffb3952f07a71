package org.opentrade.user.application;

import java.time.Duration;

import org.opentrade.api.user.SessionToken;
import org.opentrade.user.application.port.TokenIssuer;

/** Settings and a token issuer for use-case tests: the "token" is the session id, so tests can follow it. */
public final class TestAuth {
    public static final Duration TOKEN_TTL = Duration.ofHours(1);
    public static final int FAILURES_MAX = 3;
    public static final int FAILURES_PER_ORIGIN_MAX = 5;
    public static final AuthProperties PROPERTIES = new AuthProperties("x".repeat(32), TOKEN_TTL, FAILURES_MAX,
            FAILURES_PER_ORIGIN_MAX, Duration.ofMinutes(1), new AuthProperties.Operator("", ""));
    public static final TokenIssuer TOKENS = (user, session, issuedAt) ->
            new SessionToken(session.sessionId(), session.expiresAt().toEpochMilli(), user.userId());

    private TestAuth() {
    }
}
