package org.opentrade.fund.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opentrade.fund.application.JournalStore;
import org.opentrade.fund.application.LockContention;
import org.opentrade.fund.application.port.JournalBatches;
import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.HoldVoid;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.LedgerLimits;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batches in MariaDB through ShardingSphere: the items of each shard in one local transaction ({@link ShardBatch}),
 * shards one after another in ascending order, each retried on its own on a deadlock or lock timeout
 * ({@link LockContention}). Every item is a journal transaction of its own shard, so a shard's commit or rollback
 * never splits an item.
 *
 * <p>Two rare cases leave the batch path for the single one, item by item in request order, which judges them
 * exactly: a reference of the batch that someone wrote after the batch read its references (a duplicate key twice
 * running: the second attempt reads every reference committed meanwhile under the same owner, so what remains is a
 * reference held on the shard by another user's transaction, which the single path answers REFERENCE_CONFLICT), and
 * a system account that does not exist yet or whose batch sum cannot be proven free of overflow
 * ({@link SystemBalanceNearBounds}).
 */
@Repository
class JournalBatchesInDatabase implements JournalBatches {
    /** Attempts of one shard's batch that ended on a reference written concurrently, before going item by item. */
    static final int DUPLICATE_ATTEMPTS_MAX = 2;

    private final LedgerBatchMapper mapper;
    private final TransactionTemplate transactions;
    private final JournalStore singles;

    JournalBatchesInDatabase(LedgerBatchMapper mapper, TransactionTemplate transactions,
                             JournalStore singles) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.singles = singles;
    }

    @Override
    public List<ApplyOutcome> applyAll(List<JournalTransaction> transactions) {
        return run(transactions.stream().<ShardItem>map(ShardItem.Posted::new).toList());
    }

    @Override
    public List<ApplyOutcome> voidHolds(List<HoldVoid> holdVoids) {
        return run(holdVoids.stream().<ShardItem>map(ShardItem.Voided::new).toList());
    }

    private List<ApplyOutcome> run(List<ShardItem> items) {
        if (items.size() > LedgerLimits.BATCH_SIZE_MAX) {
            throw new IllegalArgumentException(items.size() + " items, more than " + LedgerLimits.BATCH_SIZE_MAX);
        }
        Map<Integer, List<Integer>> indexesByShard = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            indexesByShard.computeIfAbsent(items.get(i).shard(), shard -> new ArrayList<>()).add(i);
        }
        ApplyOutcome[] outcomes = new ApplyOutcome[items.size()];
        indexesByShard.forEach((shard, indexes) -> {
            List<ApplyOutcome> answered = onShard(indexes.stream().map(items::get).toList());
            for (int k = 0; k < indexes.size(); k++) {
                outcomes[indexes.get(k)] = answered.get(k);
            }
        });
        return Arrays.asList(outcomes);
    }

    private List<ApplyOutcome> onShard(List<ShardItem> items) {
        for (int attempt = 1; attempt <= DUPLICATE_ATTEMPTS_MAX; attempt++) {
            try {
                return inOneTransaction(items);
            } catch (DuplicateKeyException writtenMeanwhile) {
                // the next attempt reads what was written; what it still cannot see, the single path judges
            } catch (SystemBalanceNearBounds nearBounds) {
                break;
            }
        }
        List<ApplyOutcome> outcomes = new ArrayList<>(items.size());
        for (ShardItem item : items) {
            outcomes.add(alone(item));
        }
        return outcomes;
    }

    private List<ApplyOutcome> inOneTransaction(List<ShardItem> items) {
        return LockContention.retry(() -> transactions.execute(status -> ShardBatch.run(items, mapper)));
    }

    /**
     * A transaction by the single path. A void has no single path: alone, it can only be refused its write by a
     * reference another user's row holds (see the class comment), which is a REFERENCE_CONFLICT.
     */
    private ApplyOutcome alone(ShardItem item) {
        if (item instanceof ShardItem.Posted posted) {
            return singles.apply(posted.transaction());
        }
        for (int attempt = 1; attempt <= DUPLICATE_ATTEMPTS_MAX; attempt++) {
            try {
                return inOneTransaction(List.of(item)).get(0);
            } catch (DuplicateKeyException writtenMeanwhile) {
                // as in onShard
            }
        }
        return ApplyOutcome.REFERENCE_CONFLICT;
    }
}
