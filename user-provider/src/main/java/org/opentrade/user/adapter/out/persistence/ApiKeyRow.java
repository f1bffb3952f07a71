package org.opentrade.user.adapter.out.persistence;

import java.time.LocalDateTime;

/** One row of {@code api_key}; scopes and allowed_addresses comma-separated, times in UTC. */
class ApiKeyRow {
    String keyId;
    long userId;
    String label;
    String scopes;
    String allowedAddresses;
    String secretSealed;
    LocalDateTime createdAt;
    LocalDateTime revokedAt;
}
