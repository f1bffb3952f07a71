package org.opentrade.user.adapter.out.persistence;

import java.time.LocalDateTime;

/** One row of {@code user_session}; times in UTC. */
class SessionRow {
    String sessionId;
    long userId;
    LocalDateTime createdAt;
    LocalDateTime expiresAt;
    LocalDateTime revokedAt;
}
