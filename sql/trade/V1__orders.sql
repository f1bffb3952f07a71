CREATE TABLE orders_0 (
    order_id        BIGINT       NOT NULL,
    user_id         BIGINT       NOT NULL,
    client_order_id VARCHAR(64)  NOT NULL,
    symbol          VARCHAR(16)  NOT NULL,
    side            VARCHAR(4)   NOT NULL,
    type            VARCHAR(8)   NOT NULL,
    time_in_force   VARCHAR(4)   NOT NULL,
    price           BIGINT       NOT NULL,
    quantity        BIGINT       NOT NULL,
    filled_quantity BIGINT       NOT NULL DEFAULT 0,
    status          VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_id),
    UNIQUE KEY uk_orders_0_client (user_id, client_order_id),
    KEY ix_orders_0_user_status (user_id, status, order_id)
) ENGINE = InnoDB;

CREATE TABLE orders_1 LIKE orders_0;
