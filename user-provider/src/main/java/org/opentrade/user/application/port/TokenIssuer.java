package org.opentrade.user.application.port;

import java.time.Instant;

import org.opentrade.api.user.SessionToken;
import org.opentrade.user.domain.Session;
import org.opentrade.user.domain.User;

/** Signs the bearer token of a session. */
public interface TokenIssuer {
    SessionToken issue(User user, Session session, Instant issuedAt);
}
