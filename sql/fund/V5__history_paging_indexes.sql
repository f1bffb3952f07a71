-- Cursor paging of a user's history (GET /api/v1/ledger, /ledger/statement.csv, /transfers), keyed by
-- (created_at, id): every page walks an index from its cursor and reads about one page of rows, however long the
-- history; a statement reads its range in the same order. Each index ends in the table's primary key (entry_id,
-- transfer_id), so it is exactly that order, and every statement names user_id (one shard).
-- The journal's (user_id, asset, entry_id) served the ledger when it paged by entry id alone; (user_id, asset,
-- created_at) takes its place (same prefix for anything else that groups by user and asset). journal_1 was made
-- LIKE journal_0, so its copy of that index carries journal_0's name.
ALTER TABLE journal_0
    DROP KEY ix_journal_0_user_asset,
    ADD KEY ix_journal_0_user_time (user_id, created_at),
    ADD KEY ix_journal_0_user_asset_time (user_id, asset, created_at);
ALTER TABLE journal_1
    DROP KEY IF EXISTS ix_journal_0_user_asset,
    DROP KEY IF EXISTS ix_journal_1_user_asset,
    ADD KEY ix_journal_1_user_time (user_id, created_at),
    ADD KEY ix_journal_1_user_asset_time (user_id, asset, created_at);
ALTER TABLE transfer_0 ADD KEY ix_transfer_0_user_time (user_id, created_at);
ALTER TABLE transfer_1 ADD KEY ix_transfer_1_user_time (user_id, created_at);
