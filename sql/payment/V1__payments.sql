CREATE TABLE payments (
    payment_id      VARCHAR(40)  NOT NULL,
    user_id         BIGINT       NOT NULL,
    kind            VARCHAR(12)  NOT NULL,
    asset           VARCHAR(16)  NOT NULL,
    amount          BIGINT       NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (payment_id),
    UNIQUE KEY uk_payments_idempotency (user_id, idempotency_key),
    CONSTRAINT ck_payments_amount CHECK (amount > 0)
) ENGINE = InnoDB;
