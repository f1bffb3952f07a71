-- The outbox and processed-event tables carry a shard key, so that a sharded context can route them next to its
-- business rows (docs/adr/0006-outbox.md). The payment context is one database: its rows all carry 0.
ALTER TABLE outbox ADD COLUMN shard_key BIGINT NOT NULL DEFAULT 0 AFTER event_id;
ALTER TABLE processed_event ADD COLUMN shard_key BIGINT NOT NULL DEFAULT 0 FIRST;
