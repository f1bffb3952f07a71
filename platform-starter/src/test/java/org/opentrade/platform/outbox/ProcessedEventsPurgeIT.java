package org.opentrade.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentrade.platform.db.DatabaseProperties;
import org.opentrade.platform.db.PrimaryDatabases;
import org.opentrade.platform.jobs.JobLease;

/**
 * The purge that keeps {@code processed_event} bounded, against the local stack's real payment database
 * ({@code ot_payment}, migrated by payment-provider): rows older than the retention go, in batches of at most
 * {@link ProcessedEventsPurge#BATCH_SIZE_MAX}; younger rows stay, so a duplicate the broker can still deliver is
 * still recognised.
 */
class ProcessedEventsPurgeIT {
    static final String URL = System.getenv().getOrDefault("OPENTRADE_DB_URL_PRIMARY", "jdbc:mariadb://127.0.0.1:13306");
    static final String USER = System.getenv().getOrDefault("OPENTRADE_DB_USER", "opentrade");
    static final String PASSWORD = System.getenv().getOrDefault("OPENTRADE_DB_PASSWORD", "opentrade");
    static final String SCHEMA = "ot_payment";
    static final int OLD_ROWS = 2 * ProcessedEventsPurge.BATCH_SIZE_MAX + 345;
    static final int YOUNG_ROWS = 3;

    final String consumer = "purge-it-" + UUID.randomUUID();
    final PrimaryDatabases databases = new PrimaryDatabases(
            new DatabaseProperties(URL, URL, USER, PASSWORD, List.of(SCHEMA), "payment", null, 2));

    @AfterEach
    void removeOurRows() throws SQLException {
        try (Connection c = databases.of(SCHEMA).getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM processed_event WHERE consumer = ?")) {
            s.setString(1, consumer);
            s.executeUpdate();
        } finally {
            databases.close();
        }
    }

    @Test
    void rowsOlderThanTheRetentionAreDeletedInBatchesAndYoungerOnesStay() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OutboxProperties properties = new OutboxProperties(true, 0, 0, 0, 0, 0, 0, 0, 0);
        Duration retention = Duration.ofMillis(properties.processedEventRetentionMs());
        insert("old", OLD_ROWS, now.minus(retention).minus(Duration.ofHours(1)));
        insert("young", YOUNG_ROWS, now.minus(retention).plus(Duration.ofHours(1)));

        new ProcessedEventsPurge(databases, properties, Clock.fixed(now, ZoneOffset.UTC))
                .run(JobLease.unbounded(ProcessedEventsPurge.JOB));

        assertThat(count("old")).as("rows older than the retention").isZero();
        assertThat(count("young")).as("rows younger than the retention").isEqualTo(YOUNG_ROWS);
    }

    private void insert(String prefix, int rows, Instant processedAt) throws SQLException {
        try (Connection c = databases.of(SCHEMA).getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO processed_event (shard_key, consumer, event_id, processed_at) VALUES (0, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                s.setString(1, consumer);
                s.setString(2, prefix + "-" + i);
                s.setTimestamp(3, Timestamp.from(processedAt));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private long count(String prefix) throws SQLException {
        try (Connection c = databases.of(SCHEMA).getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM processed_event WHERE consumer = ? AND event_id LIKE ?")) {
            s.setString(1, consumer);
            s.setString(2, prefix + "-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
