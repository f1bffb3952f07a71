-- Amends of resting orders (PATCH /api/v1/orders/{orderId}; docs/adr/0015-order-amend.md).
--
-- An amend is an engine command like a place or a cancel: logged before the engine executes it, replayed after a
-- crash. Its row carries the new price and total quantity, the hold frozen for it beforehand (hold_added: the engine
-- uses at most that much), and the order's post-only flag; amend_id is unique per symbol, so an amend can never enter
-- the engine twice whatever a retry does.
ALTER TABLE engine_log
    ADD COLUMN amend_id   BIGINT NULL AFTER place_order_id,
    ADD COLUMN hold_added BIGINT NOT NULL DEFAULT 0 AFTER amend_id,
    ADD UNIQUE KEY uk_engine_log_amend (symbol, amend_id);

-- One row per amend, sharded by user_id like the orders (database user_id % 2, table (user_id / 2) % 2). Stored
-- PENDING before anything is held for it; the engine's outputs make it APPLIED or REFUSED with what its hold
-- reference ("order-{order_id}-amend-{amend_id}") releases: release_state DUE until fund-provider confirmed it.
CREATE TABLE order_amends_0 (
    amend_id       BIGINT       NOT NULL,
    order_id       BIGINT       NOT NULL,
    user_id        BIGINT       NOT NULL,
    symbol         VARCHAR(16)  NOT NULL,
    price          BIGINT       NOT NULL,
    quantity       BIGINT       NOT NULL,
    hold_asset     VARCHAR(16)  NOT NULL,
    hold_added     BIGINT       NOT NULL,
    status         VARCHAR(8)   NOT NULL,   -- PENDING, APPLIED or REFUSED
    reason         VARCHAR(32)  NULL,
    release_amount BIGINT       NOT NULL DEFAULT 0,
    release_state  VARCHAR(8)   NOT NULL DEFAULT 'NONE',
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (amend_id),
    KEY ix_order_amends_0_order (user_id, order_id),
    KEY ix_order_amends_0_pending (status, created_at),
    KEY ix_order_amends_0_release (release_state)
) ENGINE = InnoDB;

CREATE TABLE order_amends_1 LIKE order_amends_0;
