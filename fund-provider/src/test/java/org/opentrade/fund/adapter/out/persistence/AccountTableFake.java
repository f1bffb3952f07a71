package org.opentrade.fund.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.api.money.Asset;

/**
 * The {@code account} table in memory, answering the batch's balance statements the way their SQL does, and
 * recording each statement so that a test can say which ran. Only what {@link AccountRows} uses is there.
 */
class AccountTableFake implements LedgerBatchMapper {
    /** Per "account:asset": available, frozen, suspended. */
    final Map<String, long[]> rows = new HashMap<>();
    final List<String> statements = new ArrayList<>();

    void put(long accountId, Asset asset, long available, long frozen, boolean suspended) {
        rows.put(accountId + ":" + asset, new long[] {available, frozen, suspended ? 1 : 0});
    }

    long[] row(long accountId, Asset asset) {
        return rows.get(accountId + ":" + asset);
    }

    @Override
    public List<Long> lockUserRows(Collection<Long> userIds) {
        statements.add("lock users " + userIds);
        return List.copyOf(userIds);
    }

    @Override
    public int moveIfAllowed(RowMove m) {
        statements.add("move " + m.accountId() + ":" + m.asset());
        long[] row = row(m.accountId(), m.asset());
        boolean allowed = row != null && row[0] >= m.availableMin() && row[0] <= m.availableMax()
                && row[1] >= m.frozenMin() && row[1] <= m.frozenMax() && (m.availableDelta() >= 0 || row[2] == 0);
        if (!allowed) {
            return 0;
        }
        row[0] += m.availableDelta();
        row[1] += m.frozenDelta();
        return 1;
    }

    @Override
    public int undo(RowMove m) {
        statements.add("undo " + m.accountId() + ":" + m.asset());
        long[] row = row(m.accountId(), m.asset());
        row[0] -= m.availableDelta();
        row[1] -= m.frozenDelta();
        return 1;
    }

    @Override
    public AccountStateRow lockState(long accountId, String asset) {
        statements.add("lock " + accountId + ":" + asset);
        long[] row = rows.get(accountId + ":" + asset);
        if (row == null) {
            return null;
        }
        AccountStateRow state = new AccountStateRow();
        state.setAvailable(row[0]);
        state.setFrozen(row[1]);
        state.setSuspended((int) row[2]);
        return state;
    }

    @Override
    public int lockUserSuspension(long userId) {
        return rows.entrySet().stream().filter(e -> e.getKey().startsWith(userId + ":"))
                .anyMatch(e -> e.getValue()[2] == 1) ? 1 : 0;
    }

    /** What {@code LedgerMapper.openAccount} does: INSERT IGNORE of a zero row. */
    void open(long accountId, String asset, int suspended) {
        statements.add("open " + accountId + ":" + asset);
        rows.putIfAbsent(accountId + ":" + asset, new long[] {0, 0, suspended});
    }

    @Override
    public int addToSystemAccount(SystemMove move) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<StoredReferenceRow> storedContents(Collection<Long> userIds, Collection<String> references) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int insertTransactions(List<LedgerTxRow> rows) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int insertEntries(List<JournalRow> rows) {
        throw new UnsupportedOperationException();
    }
}
