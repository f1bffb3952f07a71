-- Physical databases of the local stack, created once on the primary (replicated to the replica).
-- Tables inside them are created by Flyway migrations (sql/<context>/V*.sql) when a provider starts.
CREATE DATABASE IF NOT EXISTS ot_user    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS ot_fund_0  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS ot_fund_1  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS ot_trade_0 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS ot_trade_1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS ot_payment CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS ot_risk    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
