-- Fencing token of each symbol's engine: the lease holder increments it when it takes the symbol over, and every
-- log append and checkpoint is conditional on it, so a process that lost its lease (a pause, a partition) can no
-- longer write even if it still believes it owns the symbol.
ALTER TABLE engine_checkpoint
    ADD COLUMN owner_epoch BIGINT NOT NULL DEFAULT 0 AFTER state_hash;
