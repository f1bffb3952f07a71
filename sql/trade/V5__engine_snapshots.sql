-- Snapshots of each symbol's book (every resting order with its accounting, and the counters), taken by the
-- engine every opentrade.trade.engine.snapshot-every-commands commands. Recovery restores the newest one (its state
-- hash is checked) and replays only the log after it. The log itself is kept whole: it is also the audit trail.
CREATE TABLE engine_snapshot (
    symbol        VARCHAR(16)  NOT NULL,
    seq           BIGINT       NOT NULL,
    last_trade_id BIGINT       NOT NULL,
    state_hash    BIGINT       NOT NULL,
    orders_json   LONGTEXT     NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (symbol, seq)
) ENGINE = InnoDB;
