-- Leases of periodic jobs, one row per job (ShedLock; platform-starter org.opentrade.platform.jobs,
-- docs/adr/0011-one-runner-per-job.md): a job runs on the instance whose conditional UPDATE moved lock_until past
-- now. Times are UTC from the database clock (UTC_TIMESTAMP), so DATETIME: no session time-zone conversion.
-- The provider reaches it on the primary through a plain data source, never through ShardingSphere.
-- Flyway applies this to ot_fund_0 and ot_fund_1 alike; the leases live in the first, ot_fund_0.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;
