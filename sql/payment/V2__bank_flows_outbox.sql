-- What the payment flows need beyond V1: where each payment stands with the bank, and when to try it again.
--   stage: HELD while a withdrawal's global transaction is undecided (never sent to the bank), READY after.
--   bank_state: NOT_SENT until the bank accepted the request, ACCEPTED after; uncertain = 1 once a request timed
--   out after it was sent (the bank may have it: ask its status before giving up).
ALTER TABLE payments
    ADD COLUMN stage           VARCHAR(12)  NOT NULL DEFAULT 'READY' AFTER status,
    ADD COLUMN bank_state      VARCHAR(12)  NOT NULL DEFAULT 'NOT_SENT' AFTER stage,
    ADD COLUMN bank_reference  VARCHAR(64)  NULL AFTER bank_state,
    ADD COLUMN uncertain       TINYINT      NOT NULL DEFAULT 0 AFTER bank_reference,
    ADD COLUMN attempts        INT          NOT NULL DEFAULT 0 AFTER uncertain,
    ADD COLUMN next_attempt_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) AFTER attempts,
    ADD COLUMN failure_reason  VARCHAR(200) NULL AFTER next_attempt_at,
    ADD COLUMN settled_at      TIMESTAMP(3) NULL AFTER failure_reason,
    ADD KEY ix_payments_due (status, next_attempt_at),
    ADD KEY ix_payments_settled (settled_at);

-- Nonces of accepted bank notifications: the unique key refuses a replay, whatever Redis or any cache says.
-- Rows older than twice the timestamp window are deleted (a replay that old fails the window check anyway).
CREATE TABLE bank_nonce (
    nonce       VARCHAR(64)  NOT NULL,
    received_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (nonce),
    KEY ix_bank_nonce_received (received_at)
) ENGINE = InnoDB;

-- The TCC fence of the payment-side branch of a withdrawal (see docs/adr/0007-payments.md).
CREATE TABLE payment_barrier (
    branch_key VARCHAR(128) NOT NULL,
    xid        VARCHAR(128) NOT NULL,
    state      VARCHAR(16)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (branch_key)
) ENGINE = InnoDB;

-- Transactional outbox (platform-starter org.opentrade.platform.outbox, docs/adr/0006-outbox.md).
CREATE TABLE outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    event_id        VARCHAR(64)  NOT NULL,
    topic           VARCHAR(64)  NOT NULL,
    message_key     VARCHAR(128) NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    payload         TEXT         NOT NULL,
    status          VARCHAR(8)   NOT NULL,
    attempts        INT          NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    next_attempt_at TIMESTAMP(3) NOT NULL,
    sent_at         TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outbox_event (event_id),
    KEY ix_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB;

-- Idempotent consumers: one row per (consumer, event) processed.
CREATE TABLE processed_event (
    consumer     VARCHAR(64)  NOT NULL,
    event_id     VARCHAR(64)  NOT NULL,
    processed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (consumer, event_id)
) ENGINE = InnoDB;
