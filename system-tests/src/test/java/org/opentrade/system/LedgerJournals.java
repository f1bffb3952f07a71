package org.opentrade.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The applied journal transactions of transfers, read from every physical shard on the primary. */
final class LedgerJournals {
    private LedgerJournals() {
    }

    /** reference (e.g. "TRANSFER_OUT:transfer-42") -> how many shards hold a transaction with it. */
    static Map<String, Integer> transferTransactions() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (int database = 0; database < 2; database++) {
            try (Connection connection = Databases.primary("ot_fund_" + database)) {
                for (int table = 0; table < 2; table++) {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT reference FROM ledger_tx_" + table + " WHERE reference LIKE 'TRANSFER%'");
                         ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            counts.merge(rows.getString(1), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return counts;
    }
}
