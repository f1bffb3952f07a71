package org.opentrade.fund.adapter.out.persistence;

import java.util.HashMap;
import java.util.Map;

import org.apache.shardingsphere.infra.hint.HintManager;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.application.LedgerSnapshot;
import org.opentrade.fund.domain.ledger.AccountIds;
import org.opentrade.fund.domain.ledger.BalanceKey;
import org.opentrade.fund.domain.ledger.Bucket;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Balances and journal sums read from the primary in one REPEATABLE READ transaction: ShardingSphere keeps one
 * connection per physical database, so each database is read at one consistent moment. Different databases are
 * read at slightly different moments; money between the legs of a cross-shard movement then shows as in flight,
 * never as a violation, because every journal transaction balances within its own shard.
 */
@Repository
class LedgerSnapshotInDatabase implements LedgerSnapshot {
    private final AuditMapper mapper;

    LedgerSnapshotInDatabase(AuditMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Snapshot read() {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            Map<BalanceKey, Long> balances = new HashMap<>();
            for (Map<String, Object> row : mapper.balances()) {
                long account = number(row, "user_id");
                Asset asset = Asset.valueOf(text(row, "asset"));
                balances.put(new BalanceKey(account, asset, Bucket.AVAILABLE), number(row, "available"));
                long frozen = number(row, "frozen");
                if (frozen != 0 || AccountIds.isUser(account)) {
                    balances.put(new BalanceKey(account, asset, Bucket.FROZEN), frozen);
                }
            }
            Map<BalanceKey, Long> sums = new HashMap<>();
            long entries = 0;
            for (Map<String, Object> row : mapper.journalSums()) {
                sums.put(new BalanceKey(number(row, "user_id"), Asset.valueOf(text(row, "asset")),
                        Bucket.valueOf(text(row, "bucket"))), number(row, "total"));
                entries += number(row, "entries");
            }
            return new Snapshot(balances, sums, entries);
        }
    }

    /** Column labels come back in whatever case the driver chose. */
    private static Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value != null ? value : row.get(column.toUpperCase());
    }

    private static String text(Map<String, Object> row, String column) {
        return (String) value(row, column);
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) value(row, column)).longValue();
    }
}
