-- Transfers between users, kept on the sender's shard (user_id = sender). The unique key on the sender's
-- Idempotency-Key makes a repeated or concurrent duplicate request find the original instead of moving twice.
CREATE TABLE transfer_0 (
    transfer_id     BIGINT       NOT NULL,
    user_id         BIGINT       NOT NULL,
    to_user_id      BIGINT       NOT NULL,
    asset           VARCHAR(16)  NOT NULL,
    amount          BIGINT       NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (transfer_id),
    UNIQUE KEY uk_transfer_0_idempotency (user_id, idempotency_key),
    CONSTRAINT ck_transfer_0_amount CHECK (amount > 0)
) ENGINE = InnoDB;
CREATE TABLE transfer_1 LIKE transfer_0;

-- Our TCC fence, on the shard of the user each branch touches, written in the same local transaction as the
-- branch's postings (Seata's own fence table is a single table, which cannot share a local transaction with a
-- row on another shard). One row per branch: a cancel that finds no row records CANCELED, so a try arriving
-- later is refused (no hanging hold); a try or cancel repeated finds its row and does nothing again.
CREATE TABLE tcc_barrier_0 (
    branch_key VARCHAR(128) NOT NULL,
    user_id    BIGINT       NOT NULL,
    xid        VARCHAR(128) NOT NULL,
    state      VARCHAR(16)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (branch_key)
) ENGINE = InnoDB;
CREATE TABLE tcc_barrier_1 LIKE tcc_barrier_0;
