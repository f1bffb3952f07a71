package org.opentrade.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct JDBC to the physical MariaDB primary and replica, bypassing ShardingSphere on purpose. */
final class Databases {
    static final String PRIMARY = System.getenv().getOrDefault("OPENTRADE_DB_URL_PRIMARY", "jdbc:mariadb://127.0.0.1:13306");
    static final String REPLICA = System.getenv().getOrDefault("OPENTRADE_DB_URL_REPLICA", "jdbc:mariadb://127.0.0.1:13307");
    static final String USER = System.getenv().getOrDefault("OPENTRADE_DB_USER", "opentrade");
    static final String PASSWORD = System.getenv().getOrDefault("OPENTRADE_DB_PASSWORD", "opentrade");

    private Databases() {
    }

    static Connection primary(String database) throws SQLException {
        return DriverManager.getConnection(PRIMARY + "/" + database, USER, PASSWORD);
    }

    static Connection replica(String database) throws SQLException {
        return DriverManager.getConnection(REPLICA + "/" + database, USER, PASSWORD);
    }
}
