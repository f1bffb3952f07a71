-- What each user has withdrawn per asset per UTC day, counted when a withdrawal is recorded (the TCC try) and given
-- back only when its global transaction rolls back. One row per (user, asset, day): its row lock serialises a user's
-- concurrent withdrawals, so the per-day limit cannot be overrun by racing requests.
CREATE TABLE withdrawal_day_totals (
    user_id BIGINT      NOT NULL,
    asset   VARCHAR(16) NOT NULL,
    day_utc DATE        NOT NULL,
    amount  BIGINT      NOT NULL,
    PRIMARY KEY (user_id, asset, day_utc),
    CONSTRAINT ck_withdrawal_day_totals_amount CHECK (amount >= 0)
) ENGINE = InnoDB;
