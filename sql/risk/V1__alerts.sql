CREATE TABLE risk_alerts (
    alert_id   BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    rule       VARCHAR(64)  NOT NULL,
    detail     VARCHAR(512) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (alert_id),
    KEY ix_risk_alerts_user (user_id, alert_id)
) ENGINE = InnoDB;
