package org.opentrade.user.adapter.out.persistence;

import java.time.LocalDateTime;

/** One row of {@code user_status_change}; changedAt in UTC. */
class StatusChangeRow {
    long userId;
    String status;
    String actor;
    String reason;
    LocalDateTime changedAt;
}
