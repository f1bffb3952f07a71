-- Cursor paging of a user's deposits and withdrawals (GET /api/v1/deposits, /withdrawals), newest first by
-- (created_at, payment_id): every page walks this index backwards from its cursor and reads about one page of rows.
-- The index ends in the primary key, payment_id, so it is exactly that order. The payment database is not sharded;
-- every statement still names the user.
ALTER TABLE payments ADD KEY ix_payments_user_kind_time (user_id, kind, created_at);
