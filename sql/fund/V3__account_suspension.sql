-- A user frozen by an operator (or by risk interception) is suspended here too, as the last line behind the
-- facade: while suspended = 1 nothing may be taken from the user's AVAILABLE bucket (holds, withdrawals,
-- transfers out), which the balance update enforces in its WHERE clause. Credits, settlements of earlier holds
-- and releases still apply. Every account row of the user carries the flag, so the check costs no extra read.
ALTER TABLE account_0 ADD COLUMN suspended TINYINT NOT NULL DEFAULT 0 AFTER frozen;
ALTER TABLE account_1 ADD COLUMN suspended TINYINT NOT NULL DEFAULT 0 AFTER frozen;
