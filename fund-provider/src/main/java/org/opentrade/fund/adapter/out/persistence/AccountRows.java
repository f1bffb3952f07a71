package org.opentrade.fund.adapter.out.persistence;

import java.util.List;

/**
 * The account statements of a shard's batch, at its end: the users' rows it changed in one statement (opened ones in
 * one more), guarded by the values it read under lock ({@link LockedRows}); then the system accounts' sums, one
 * statement per account and asset, refused only near the BIGINT bounds, which rolls the batch back.
 */
final class AccountRows {
    private final LedgerBatchMapper batch;
    private final LedgerMapper ledger;

    AccountRows(LedgerBatchMapper batch, LedgerMapper ledger) {
        this.batch = batch;
        this.ledger = ledger;
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

    void addAll(List<SystemMove> moves) {
        for (SystemMove move : moves) {
            if (batch.addToSystemAccount(move) == 1) {
                continue;
            }
            ledger.openAccount(move.accountId(), move.asset().name(), 0);
            if (batch.addToSystemAccount(move) != 1) {
                throw new SystemBalanceNearBounds();
            }
        }
    }
}
