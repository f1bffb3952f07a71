-- user_id is sequential on purpose: accounts and orders shard on it (database user_id % 2, table
-- (user_id / 2) % 2), and consecutive ids spread users evenly over all four shards. Ids below 1000 are
-- reserved for the ledger's per-shard system accounts (docs/adr/0001-ids-and-sharding.md).
CREATE TABLE users (
    user_id       BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    roles         VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (user_id),
    UNIQUE KEY uk_users_username (username)
) ENGINE = InnoDB AUTO_INCREMENT = 1000;
