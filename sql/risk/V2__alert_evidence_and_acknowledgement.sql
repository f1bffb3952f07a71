-- Alerts of post-trade monitoring (risk-provider application/alert, docs/adr/0013-risk-control.md): one row per
-- detector (rule), user and triggering event, so a redelivered event makes no second alert. A SEVERE alert freezes
-- its user; intercepted = 1 once user-provider has done it. Operators acknowledge alerts (who, when).
-- Times: TIMESTAMP(3), read as epoch milliseconds (UNIX_TIMESTAMP does not depend on the session's time zone).
ALTER TABLE risk_alerts
    CHANGE COLUMN detail evidence VARCHAR(512) NOT NULL,
    ADD COLUMN severity    VARCHAR(8)   NOT NULL DEFAULT 'WARNING' AFTER rule,
    ADD COLUMN event_id    VARCHAR(96)  NOT NULL DEFAULT '' AFTER evidence,
    ADD COLUMN intercepted TINYINT      NOT NULL DEFAULT 0,
    ADD COLUMN acked_by    VARCHAR(64)  NULL,
    ADD COLUMN acked_at    TIMESTAMP(3) NULL,
    ADD UNIQUE KEY uk_risk_alerts_event (rule, user_id, event_id),
    ADD KEY ix_risk_alerts_severity (severity, alert_id);
