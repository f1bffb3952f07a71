package org.opentrade.platform.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A small plain data source per physical database of this provider, on the primary, beside (not through) the
 * ShardingSphere data source: for housekeeping that must reach one definite database, or every one of them, and
 * never a replica (job leases, purges of per-database tables). Connections are opened on first use.
 */
public class PrimaryDatabases implements AutoCloseable {
    static final int POOL_SIZE_MAX = 2;
    static final long CONNECTION_TIMEOUT_MS = 3_000;

    private final Map<String, HikariDataSource> bySchema = new LinkedHashMap<>();

    public PrimaryDatabases(DatabaseProperties db) {
        for (String schema : db.schemas()) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("primary-" + schema);
            config.setJdbcUrl(db.primaryUrl() + "/" + schema);
            config.setUsername(db.username());
            config.setPassword(db.password());
            config.setMaximumPoolSize(POOL_SIZE_MAX);
            config.setMinimumIdle(0);
            config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
            config.setInitializationFailTimeout(-1);
            bySchema.put(schema, new HikariDataSource(config));
        }
    }

    /** The physical databases in configuration order ({@code opentrade.db.schemas}). */
    public List<String> schemas() {
        return List.copyOf(bySchema.keySet());
    }

    /** The first database: where a context keeps what exists once per context (job leases). */
    public DataSource first() {
        return bySchema.values().iterator().next();
    }

    public DataSource of(String schema) {
        DataSource found = bySchema.get(schema);
        if (found == null) {
            throw new IllegalArgumentException("not a database of this provider: " + schema);
        }
        return found;
    }

    @Override
    public void close() {
        bySchema.values().forEach(HikariDataSource::close);
    }
}
