package org.opentrade.platform.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/** The leases of periodic jobs: ShedLock rows in a {@code shedlock} table on a primary database (docs/adr/0011). */
public final class JobLeases {
    public static final String TABLE = "shedlock";

    private JobLeases() {
    }

    /**
     * Leases in {@code table} of {@code primary} (a plain data source on the primary, outside ShardingSphere: a
     * lease must never be read from a replica nor routed to a shard). Times are the database's, so instances whose
     * clocks differ still agree on when a lease ends. {@code holder} names this process in the row.
     */
    public static LockProvider on(DataSource primary, String table, String holder) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(primary))
                .withTableName(table)
                .withLockedByValue(holder)
                .usingDbTime()
                .build());
    }

    /**
     * This process, for the {@code locked_by} column: the host name alone (ShedLock's default) would name two
     * instances on one host alike.
     */
    public static String holder(String application) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return application + "@" + host + ":" + ProcessHandle.current().pid();
    }
}
