package org.opentrade.fund.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.ledger.ApplyOutcome;

/**
 * The users' account rows of one shard's batch: locked and read once at its start (in key order, see
 * {@link LedgerBatchMapper#lockUserRows}), then changed in memory item by item, exactly as the ledger judges each
 * posting ({@code Posting.judge} through {@link RowMove#judge}), and written once at the end. While the batch's
 * transaction holds those locks nobody else can change the rows, so judging in memory is judging the database; the
 * write is still guarded by the values read, so a broken assumption fails the transaction instead of a balance.
 *
 * <p>A missing row holds zero and inherits the user's suspension (any of the user's rows suspended), as in the single
 * path; it exists once a move to it is applied, and is inserted at the end.
 */
final class LockedRows {
    /** Per "account:asset": available, frozen, suspended (0/1); the values as read, for the guard. */
    private final Map<String, long[]> now = new LinkedHashMap<>();
    private final Map<String, long[]> read = new HashMap<>();
    private final Map<Long, Boolean> userSuspended = new HashMap<>();

    LockedRows(List<LockedAccountRow> rows) {
        for (LockedAccountRow row : rows) {
            long[] values = {row.getAvailable(), row.getFrozen(), row.getSuspended()};
            now.put(key(row.getUserId(), row.getAsset()), values);
            read.put(key(row.getUserId(), row.getAsset()), values.clone());
            userSuspended.merge(row.getUserId(), row.getSuspended() == 1, Boolean::logicalOr);
        }
    }

    /** All the moves of one transaction, in canonical order, or none of them; APPLIED or the refusal. */
    ApplyOutcome moveAll(List<RowMove> moves) {
        List<long[]> previous = new ArrayList<>(moves.size());
        for (int i = 0; i < moves.size(); i++) {
            RowMove move = moves.get(i);
            String key = key(move.accountId(), move.asset());
            long[] row = now.get(key);
            long[] state = row != null ? row
                    : new long[] {0, 0, userSuspended.getOrDefault(move.accountId(), false) ? 1 : 0};
            ApplyOutcome judged = move.judge(state[0], state[1], state[2] == 1);
            if (judged != ApplyOutcome.APPLIED) {
                takeBack(moves, previous, i);
                return judged;
            }
            previous.add(row == null ? null : row.clone());
            state[0] += move.availableDelta();
            state[1] += move.frozenDelta();
            now.put(key, state);
        }
        return ApplyOutcome.APPLIED;
    }

    /** The rows the batch changed (or opened), to write at the end; untouched and unchanged rows are left out. */
    List<RowWrite> writes() {
        List<RowWrite> writes = new ArrayList<>();
        now.forEach((key, values) -> {
            long[] before = read.get(key);
            if (before != null && before[0] == values[0] && before[1] == values[1]) {
                return;
            }
            int colon = key.indexOf(':');
            long accountId = Long.parseLong(key.substring(0, colon));
            String asset = key.substring(colon + 1);
            writes.add(before == null
                    ? new RowWrite(accountId, asset, 0, 0, values[0], values[1], (int) values[2], true)
                    : new RowWrite(accountId, asset, before[0], before[1], values[0], values[1], (int) values[2], false));
        });
        return writes;
    }

    /** Restores the rows moves 0..made-1 changed (a row opened by them is forgotten again). */
    private void takeBack(List<RowMove> moves, List<long[]> previous, int made) {
        for (int k = made - 1; k >= 0; k--) {
            String key = key(moves.get(k).accountId(), moves.get(k).asset());
            if (previous.get(k) == null) {
                now.remove(key);
            } else {
                now.put(key, previous.get(k));
            }
        }
    }

    private static String key(long accountId, String asset) {
        return accountId + ":" + asset;
    }

    private static String key(long accountId, Asset asset) {
        return key(accountId, asset.name());
    }
}
