-- Every freeze and unfreeze that changed a user's status: who (an operator "admin:<id>", risk control
-- "risk:<alert>", or "system" for the older setStatus call), why, and when. Written in the same local transaction
-- as the status update, so a row here is a change that happened; append-only. Listed newest first per user
-- (ix_user_status_change_user: user_id, then id descending). changed_at is UTC (DATETIME, no zone conversion).
CREATE TABLE user_status_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    reason     VARCHAR(256) NOT NULL,
    changed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_user_status_change_user (user_id, id)
) ENGINE = InnoDB;
