package org.opentrade.platform.outbox;

import java.sql.Timestamp;
import java.time.Clock;

import org.opentrade.platform.db.PrimaryDatabases;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.opentrade.platform.jobs.Sweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code processed_event} bounded: deletes rows older than
 * {@link OutboxProperties#processedEventRetentionMs()} in every physical database of the provider that has the
 * table (a sharded context keeps one per database, next to its handlers' writes), on the primary, in bounded
 * batches. A duplicate that old cannot arrive any more: the broker has dropped the message.
 */
class ProcessedEventsPurge implements PeriodicJob {
    static final String JOB = "processed-events-purge";
    static final int BATCH_SIZE_MAX = 1_000;
    static final int BATCHES_PER_DATABASE_MAX = 50;
    static final long INITIAL_DELAY_MS = 60_000;
    /** A batch deletes at most 1,000 rows through an index (well under a second); at least the period. */
    static final long LOCK_AT_MOST_FOR_MS = 600_000;
    private static final Logger log = LoggerFactory.getLogger(ProcessedEventsPurge.class);

    private final PrimaryDatabases databases;
    private final OutboxProperties properties;
    private final Clock clock;
    private final JobSchedule schedule;

    ProcessedEventsPurge(PrimaryDatabases databases, OutboxProperties properties, Clock clock) {
        this.databases = databases;
        this.properties = properties;
        this.clock = clock;
        this.schedule = JobSchedule.of(JOB, INITIAL_DELAY_MS, properties.processedEventPurgePeriodMs(),
                Math.max(LOCK_AT_MOST_FOR_MS, properties.processedEventPurgePeriodMs()));
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run(JobLease lease) {
        Timestamp before = new Timestamp(clock.millis() - properties.processedEventRetentionMs());
        for (String schema : databases.schemas()) {
            JdbcTemplate jdbc = new JdbcTemplate(databases.of(schema));
            if (!hasTable(jdbc)) {
                continue;
            }
            long deleted = Sweep.inBatches(lease, BATCH_SIZE_MAX, BATCHES_PER_DATABASE_MAX, size ->
                    jdbc.update("DELETE FROM processed_event WHERE processed_at < ? LIMIT ?", before, size));
            if (deleted > 0) {
                log.info("{}: deleted {} processed_event rows older than {}", schema, deleted, before.toInstant());
            }
        }
    }

    private static boolean hasTable(JdbcTemplate jdbc) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name = 'processed_event'", Integer.class);
        return found != null && found > 0;
    }
}
