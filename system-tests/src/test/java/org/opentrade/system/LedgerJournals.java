package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The applied journal transactions of transfers and payments, read from every physical shard on the primary. */
final class LedgerJournals {
    private LedgerJournals() {
    }

    /** reference (e.g. "TRANSFER_OUT:transfer-42") -> how many shards hold a transaction with it. */
    static Map<String, Integer> transferTransactions() throws SQLException {
        return transactions("reference LIKE 'TRANSFER%'");
    }

    /** reference (e.g. "DEPOSIT:P123", "WITHDRAWAL_REFUND:P124") -> how many shards hold a transaction with it. */
    static Map<String, Integer> paymentTransactions() throws SQLException {
        return transactions("reference LIKE 'DEPOSIT:%' OR reference LIKE 'WITHDRAWAL%'");
    }

    private static Map<String, Integer> transactions(String where) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (int database = 0; database < 2; database++) {
            try (Connection connection = Databases.primary("ot_fund_" + database)) {
                for (int table = 0; table < 2; table++) {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT reference FROM ledger_tx_" + table + " WHERE " + where);
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

    /**
     * A transfer in its final STATUS is in the journals as it must be: COMPLETED with one debit and one credit and no
     * reversal; FAILED with no credit and each debit reversed once.
     */
    static void assertPostedOnce(String transferId, String status, Map<String, Integer> journals) {
        String ref = "transfer-" + transferId;
        int out = journals.getOrDefault("TRANSFER_OUT:" + ref, 0);
        int in = journals.getOrDefault("TRANSFER_IN:" + ref, 0);
        int reversal = journals.getOrDefault("TRANSFER_OUT_REVERSAL:" + ref, 0);
        if (status.equals("COMPLETED")) {
            assertThat(new int[]{out, in, reversal}).as(ref).containsExactly(1, 1, 0);
        } else {
            assertThat(status).as(ref).isEqualTo("FAILED");
            assertThat(in).as(ref).isZero();
            assertThat(reversal).as(ref).isEqualTo(out);
        }
    }
}
