package org.opentrade.fund.adapter.out.persistence;

import java.util.List;

/**
 * The account statements of a shard's batch, at its end: the users' rows it changed in one statement (opened ones in
 * one more), guarded by the values it read under lock ({@link LockedRows}); then the system accounts' sums in one
 * statement, refused only for a system account that does not exist yet or is near the BIGINT bounds, which rolls the
 * shard's batch back (its items then go one by one, and the single path opens the account).
 */
final class AccountRows {
    private final LedgerBatchMapper batch;

    AccountRows(LedgerBatchMapper batch) {
        this.batch = batch;
    }

    void write(List<RowWrite> writes) {
        List<RowWrite> opened = writes.stream().filter(RowWrite::opened).toList();
        List<RowWrite> changed = writes.stream().filter(w -> !w.opened()).toList();
        if (!opened.isEmpty()) {
            batch.insertRows(opened);
        }
        if (!changed.isEmpty() && batch.writeRows(changed) != changed.size()) {
            throw new IllegalStateException("account rows changed under the batch's locks: " + changed);
        }
    }

    /** All of them in one statement, or none: the shard's transaction rolls back and its items go one by one. */
    void addAll(List<SystemMove> moves) {
        if (!moves.isEmpty() && batch.addToSystemAccounts(moves) != moves.size()) {
            throw new SystemBalanceNearBounds();
        }
    }
}
