-- One row per login. A token names its session (claim "sid") and is accepted only while the session is live:
-- revoked_at stays NULL until a logout or a password change ends it. Times are UTC (DATETIME, no zone
-- conversion). Rows are purged a day after they expire (ExpiredSessions).
CREATE TABLE user_session (
    session_id CHAR(22)    NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    revoked_at DATETIME(3) NULL,
    PRIMARY KEY (session_id),
    KEY ix_user_session_user (user_id, expires_at),
    KEY ix_user_session_expiry (expires_at)
) ENGINE = InnoDB;
