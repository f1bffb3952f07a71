package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The deposits and withdrawals of some users as payment-provider stored them, and their postings in the ledger. */
final class PaymentRows {
    static final List<String> FINAL = List.of("SUCCEEDED", "FAILED");

    record Row(String paymentId, long userId, String kind, String asset, long amount, String status,
               String idempotencyKey) {
        boolean isFinal() {
            return FINAL.contains(status);
        }

        /** What this payment added to its user's balance of ASSET once final: + a deposit, - a withdrawal. */
        long netTo(String balanceAsset) {
            if (!asset.equals(balanceAsset) || !status.equals("SUCCEEDED")) {
                return 0;
            }
            return kind.equals("DEPOSIT") ? amount : -amount;
        }
    }

    private PaymentRows() {
    }

    static List<Row> of(List<String> userIds) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = Databases.primary("ot_payment"); PreparedStatement s = c.prepareStatement(
                "SELECT payment_id, user_id, kind, asset, amount, status, idempotency_key FROM payments "
                        + "WHERE user_id IN (" + String.join(",", userIds) + ")");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7)));
            }
        }
        return rows;
    }

    /**
     * A final payment is in the journals as it must be: a SUCCEEDED deposit credited once, a FAILED one never; a
     * withdrawal debited once, and refunded once if FAILED, never if SUCCEEDED.
     */
    static void assertPostedOnce(Row row, Map<String, Integer> journals) {
        String id = row.paymentId();
        if (row.kind().equals("DEPOSIT")) {
            assertThat(journals.getOrDefault("DEPOSIT:" + id, 0)).as("deposit %s %s", id, row.status())
                    .isEqualTo(row.status().equals("SUCCEEDED") ? 1 : 0);
        } else {
            int debited = journals.getOrDefault("WITHDRAWAL:" + id, 0);
            int refunded = journals.getOrDefault("WITHDRAWAL_REFUND:" + id, 0);
            assertThat(new int[] {debited, refunded}).as("withdrawal %s %s", id, row.status())
                    .containsExactly(1, row.status().equals("SUCCEEDED") ? 0 : 1);
        }
    }
}
