-- The ledger of one fund shard. Each physical fund database (ot_fund_0, ot_fund_1) holds both table
-- suffixes; ShardingSphere picks the database by user_id % 2 and the table by (user_id / 2) % 2.
-- user_id is a user (>= 1000) or one of this shard's system accounts (< 1000: bank clearing, fees,
-- clearing accounts; see SystemAccount). Amounts are BIGINT counts of 10^-8 units.

-- Balances. They change only in the same local transaction as the journal rows that explain them.
CREATE TABLE account_0 (
    user_id    BIGINT       NOT NULL,
    asset      VARCHAR(16)  NOT NULL,
    available  BIGINT       NOT NULL DEFAULT 0,
    frozen     BIGINT       NOT NULL DEFAULT 0,
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (user_id, asset),
    -- a user's balance is never negative; clearing accounts legitimately are
    CONSTRAINT ck_account_0_user_not_negative CHECK (user_id < 1000 OR (available >= 0 AND frozen >= 0))
) ENGINE = InnoDB;
-- LIKE copies the CHECK constraint too
CREATE TABLE account_1 LIKE account_0;

-- One row per applied journal transaction: its reference is the idempotency key of the money movement,
-- content_sha256 tells a retry (same content) from a reuse of the reference (different content).
CREATE TABLE ledger_tx_0 (
    reference      VARCHAR(128) NOT NULL,
    user_id        BIGINT       NOT NULL,
    type           VARCHAR(32)  NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (reference),
    KEY ix_ledger_tx_0_user (user_id, created_at)
) ENGINE = InnoDB;
CREATE TABLE ledger_tx_1 LIKE ledger_tx_0;

-- Append-only postings. The rows of one reference sum to zero per asset.
CREATE TABLE journal_0 (
    entry_id   BIGINT       NOT NULL,
    reference  VARCHAR(128) NOT NULL,
    user_id    BIGINT       NOT NULL,
    asset      VARCHAR(16)  NOT NULL,
    bucket     VARCHAR(16)  NOT NULL,
    amount     BIGINT       NOT NULL,
    type       VARCHAR(32)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (entry_id),
    UNIQUE KEY uk_journal_0_posting (reference, user_id, asset, bucket),
    KEY ix_journal_0_user_asset (user_id, asset, entry_id)
) ENGINE = InnoDB;
CREATE TABLE journal_1 LIKE journal_0;
