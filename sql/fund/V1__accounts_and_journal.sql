-- Each physical fund database holds both table suffixes; ShardingSphere picks database by user_id % 2 and
-- table by (user_id / 2) % 2. Amounts are BIGINT counts of 10^-8 units.
CREATE TABLE account_0 (
    user_id    BIGINT       NOT NULL,
    asset      VARCHAR(16)  NOT NULL,
    available  BIGINT       NOT NULL DEFAULT 0,
    frozen     BIGINT       NOT NULL DEFAULT 0,
    version    BIGINT       NOT NULL DEFAULT 0,
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (user_id, asset),
    CONSTRAINT ck_account_0_available CHECK (available >= 0),
    CONSTRAINT ck_account_0_frozen CHECK (frozen >= 0)
) ENGINE = InnoDB;

-- LIKE copies the CHECK constraints too (MariaDB), so no balance can go negative in either table.
CREATE TABLE account_1 LIKE account_0;

-- Append-only postings. One row per (account, balance bucket) change; a journal transaction's rows share
-- tx_id and sum to zero per asset across all accounts (users and system) it touches.
CREATE TABLE journal_0 (
    entry_id   BIGINT       NOT NULL,
    tx_id      VARCHAR(64)  NOT NULL,
    user_id    BIGINT       NOT NULL,
    asset      VARCHAR(16)  NOT NULL,
    bucket     VARCHAR(16)  NOT NULL,
    amount     BIGINT       NOT NULL,
    type       VARCHAR(32)  NOT NULL,
    reference  VARCHAR(128) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (entry_id),
    UNIQUE KEY uk_journal_0_posting (reference, user_id, asset, bucket),
    KEY ix_journal_0_user_asset (user_id, asset, entry_id)
) ENGINE = InnoDB;

CREATE TABLE journal_1 LIKE journal_0;
