package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Rows written through ShardingSphere land in the physical shard the rule names (database user_id % 2, table
 * (user_id / 2) % 2), nowhere else, and reach the replica through binlog replication.
 */
class ShardPlacementIT {
    static final int USERS = 4;
    static final int ASSETS = 3;

    @Test
    void accountsOfEachUserLiveInExactlyTheirShardOnThePrimaryAndAppearOnTheReplica() throws SQLException {
        Set<String> shardsUsed = new HashSet<>();
        for (int i = 0; i < USERS; i++) {
            long userId = Long.parseLong(Api.registerAndLogIn("shard").userId());
            String expected = "ot_fund_" + (userId % 2) + ".account_" + ((userId / 2) % 2);
            shardsUsed.add(expected);
            for (int database = 0; database < 2; database++) {
                for (int table = 0; table < 2; table++) {
                    String shard = "ot_fund_" + database + ".account_" + table;
                    int rows = countOnPrimary(database, table, userId);
                    assertThat(rows).as("user %d in %s", userId, shard).isEqualTo(shard.equals(expected) ? ASSETS : 0);
                }
            }
            int database = (int) (userId % 2);
            int table = (int) ((userId / 2) % 2);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThat(countOnReplica(database, table, userId)).isEqualTo(ASSETS));
        }
        // consecutive user ids walk over all four shards
        assertThat(shardsUsed).hasSize(4);
    }

    private static int countOnPrimary(int database, int table, long userId) throws SQLException {
        try (Connection connection = Databases.primary("ot_fund_" + database)) {
            return count(connection, table, userId);
        }
    }

    private static int countOnReplica(int database, int table, long userId) throws SQLException {
        try (Connection connection = Databases.replica("ot_fund_" + database)) {
            return count(connection, table, userId);
        }
    }

    private static int count(Connection connection, int table, long userId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM account_" + table + " WHERE user_id = ?")) {
            statement.setLong(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
