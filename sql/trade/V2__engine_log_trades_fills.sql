-- The matching engine's durable state and its outputs.
--
-- engine_log is the engine's input, one row per command, written in batches (group commit) before the engine
-- executes them; replaying it rebuilds a book exactly. Its primary key (symbol, seq) is also the fence between two
-- would-be owners of a symbol: a writer that is not at the log's head cannot append (ADR 0006).
-- engine_log, engine_checkpoint and trades are sharded by symbol (one database per symbol); orders and fills by
-- user id, so each user lists its own orders and fills on one shard.

ALTER TABLE orders_0
    ADD COLUMN post_only      TINYINT(1)  NOT NULL DEFAULT 0 AFTER time_in_force,
    ADD COLUMN reserve_asset  VARCHAR(16) NOT NULL DEFAULT '' AFTER filled_quantity,
    ADD COLUMN reserved       BIGINT      NOT NULL DEFAULT 0 AFTER reserve_asset,
    ADD COLUMN reject_reason  VARCHAR(32) NULL AFTER status,
    ADD COLUMN release_amount BIGINT      NOT NULL DEFAULT 0 AFTER reject_reason,
    ADD COLUMN release_state  VARCHAR(8)  NOT NULL DEFAULT 'NONE' AFTER release_amount,
    ADD KEY ix_orders_0_release (release_state),
    ADD KEY ix_orders_0_pending (status, created_at);
ALTER TABLE orders_1
    ADD COLUMN post_only      TINYINT(1)  NOT NULL DEFAULT 0 AFTER time_in_force,
    ADD COLUMN reserve_asset  VARCHAR(16) NOT NULL DEFAULT '' AFTER filled_quantity,
    ADD COLUMN reserved       BIGINT      NOT NULL DEFAULT 0 AFTER reserve_asset,
    ADD COLUMN reject_reason  VARCHAR(32) NULL AFTER status,
    ADD COLUMN release_amount BIGINT      NOT NULL DEFAULT 0 AFTER reject_reason,
    ADD COLUMN release_state  VARCHAR(8)  NOT NULL DEFAULT 'NONE' AFTER release_amount,
    ADD KEY ix_orders_1_release (release_state),
    ADD KEY ix_orders_1_pending (status, created_at);

CREATE TABLE engine_log (
    symbol         VARCHAR(16)  NOT NULL,
    seq            BIGINT       NOT NULL,
    kind           VARCHAR(8)   NOT NULL,   -- PLACE or CANCEL
    order_id       BIGINT       NOT NULL,
    user_id        BIGINT       NOT NULL,
    side           VARCHAR(4)   NULL,
    type           VARCHAR(8)   NULL,
    time_in_force  VARCHAR(4)   NULL,
    post_only      TINYINT(1)   NOT NULL DEFAULT 0,
    price          BIGINT       NOT NULL DEFAULT 0,
    quantity       BIGINT       NOT NULL DEFAULT 0,
    -- NULL for cancels; a unique key so an order can never enter the engine twice, whatever a retry does.
    place_order_id BIGINT       NULL,
    logged_at_ms   BIGINT       NOT NULL,
    PRIMARY KEY (symbol, seq),
    UNIQUE KEY uk_engine_log_place (symbol, place_order_id)
) ENGINE = InnoDB;

-- How far the outputs (orders, trades, fills) of the log are written, and the state hash at that point.
CREATE TABLE engine_checkpoint (
    symbol      VARCHAR(16) NOT NULL,
    applied_seq BIGINT      NOT NULL,
    state_hash  BIGINT      NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (symbol)
) ENGINE = InnoDB;

-- The public tape, and the settlement outbox: settle_state DUE until fund-provider has settled the trade.
CREATE TABLE trades (
    symbol          VARCHAR(16) NOT NULL,
    trade_id        BIGINT      NOT NULL,
    seq             BIGINT      NOT NULL,
    taker_side      VARCHAR(4)  NOT NULL,
    price           BIGINT      NOT NULL,
    quantity        BIGINT      NOT NULL,
    notional        BIGINT      NOT NULL,
    maker_order_id  BIGINT      NOT NULL,
    maker_user_id   BIGINT      NOT NULL,
    maker_fee       BIGINT      NOT NULL,
    taker_order_id  BIGINT      NOT NULL,
    taker_user_id   BIGINT      NOT NULL,
    taker_fee       BIGINT      NOT NULL,
    traded_at_ms    BIGINT      NOT NULL,
    settle_state    VARCHAR(8)  NOT NULL DEFAULT 'DUE',
    PRIMARY KEY (symbol, trade_id),
    KEY ix_trades_settle (settle_state)
) ENGINE = InnoDB;

CREATE TABLE fills_0 (
    user_id      BIGINT      NOT NULL,
    symbol       VARCHAR(16) NOT NULL,
    trade_id     BIGINT      NOT NULL,
    order_id     BIGINT      NOT NULL,
    side         VARCHAR(4)  NOT NULL,
    price        BIGINT      NOT NULL,
    quantity     BIGINT      NOT NULL,
    fee          BIGINT      NOT NULL,
    fee_asset    VARCHAR(16) NOT NULL,
    liquidity    VARCHAR(5)  NOT NULL,
    traded_at_ms BIGINT      NOT NULL,
    PRIMARY KEY (user_id, symbol, trade_id),
    KEY ix_fills_0_time (user_id, traded_at_ms)
) ENGINE = InnoDB;

CREATE TABLE fills_1 LIKE fills_0;
