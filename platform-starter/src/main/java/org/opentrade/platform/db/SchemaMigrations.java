package org.opentrade.platform.db;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies this provider's Flyway migrations to each of its physical databases on the primary. Runs before the
 * ShardingSphere data source opens, because ShardingSphere reads table metadata at start-up. The replica gets
 * the DDL through binlog replication.
 */
final class SchemaMigrations {
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    static void migrate(DatabaseProperties db) {
        for (String schema : db.schemas()) {
            var result = Flyway.configure()
                    .dataSource(db.primaryUrl() + "/" + schema, db.username(), db.password())
                    .locations("classpath:db/" + db.migrationContext())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            log.info("schema {}: {} migration(s) applied, now at version {}", schema,
                    result.migrationsExecuted, result.targetSchemaVersion);
        }
    }
}
