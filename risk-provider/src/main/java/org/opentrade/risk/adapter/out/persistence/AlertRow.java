package org.opentrade.risk.adapter.out.persistence;

/** One row of risk_alerts (sql/risk); times as epoch milliseconds, ackedAtMs 0 while unacknowledged. */
class AlertRow {
    long alertId;
    long userId;
    String rule;
    String severity;
    String evidence;
    String eventId;
    boolean intercepted;
    long createdAtMs;
    String ackedBy;
    long ackedAtMs;
}
