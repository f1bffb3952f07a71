-- API keys of bots (docs/adr/0017-api-keys.md). key_id is public (it travels in X-OT-APIKEY); the secret is kept only
-- sealed: AES-256-GCM under the master key OPENTRADE_API_KEY_MASTER_KEY, a fresh 96-bit nonce per key, the key id as
-- associated data (a sealed secret copied to another row does not open), stored as base64(nonce || ciphertext || tag).
-- scopes: comma-separated READ, TRADE, WITHDRAW; allowed_addresses: comma-separated canonical addresses and CIDR
-- ranges, empty for any address. A revoke sets revoked_at and nothing else: the row stays as the record of when the
-- key was created and revoked. Times are UTC (DATETIME, no zone conversion). Not sharded, like user_session.
CREATE TABLE api_key (
    key_id            CHAR(24)      NOT NULL,
    user_id           BIGINT        NOT NULL,
    label             VARCHAR(64)   NOT NULL,
    scopes            VARCHAR(32)   NOT NULL,
    allowed_addresses VARCHAR(1024) NOT NULL,
    secret_sealed     VARCHAR(128)  NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    revoked_at        DATETIME(3)   NULL,
    PRIMARY KEY (key_id),
    KEY ix_api_key_user (user_id, created_at)
) ENGINE = InnoDB;
