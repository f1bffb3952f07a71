package org.opentrade.fund.adapter.out.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentrade.api.money.Asset;
import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.fund.application.JournalEntry;
import org.opentrade.fund.application.port.JournalHistory;
import org.opentrade.fund.domain.ledger.BalanceKey;
import org.opentrade.fund.domain.ledger.Bucket;
import org.opentrade.platform.db.CreatedAtKeyset;
import org.springframework.stereotype.Repository;

/** The journal read back from the replica (history tolerates the replication delay), one shard per read. */
@Repository
class JournalHistoryInDatabase implements JournalHistory {
    private final JournalHistoryMapper mapper;

    JournalHistoryInDatabase(JournalHistoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<JournalEntry> newestFirst(long userId, String assetOrNull, TimeWindow window,
                                          TimeIdCursor afterOrNull, int limit) {
        return entries(mapper.page(userId, assetOrNull, CreatedAtKeyset.of(window, afterOrNull), true, limit));
    }

    @Override
    public List<JournalEntry> oldestFirst(long userId, String assetOrNull, TimeWindow window, int limit) {
        return entries(mapper.page(userId, assetOrNull, CreatedAtKeyset.of(window, null), false, limit));
    }

    @Override
    public Map<BalanceKey, Long> totalsBefore(long userId, String assetOrNull, long beforeMs) {
        Map<BalanceKey, Long> totals = new HashMap<>();
        for (JournalHistoryMapper.BucketTotalRow row
                : mapper.totalsBefore(userId, assetOrNull, CreatedAtKeyset.utc(beforeMs))) {
            totals.put(new BalanceKey(userId, Asset.valueOf(row.asset), Bucket.valueOf(row.bucket)), row.total);
        }
        return totals;
    }

    @Override
    public Optional<JournalEntry> entry(long userId, long entryId) {
        return Optional.ofNullable(mapper.entry(userId, entryId)).map(JournalHistoryInDatabase::entry);
    }

    private static List<JournalEntry> entries(List<JournalRow> rows) {
        return rows.stream().map(JournalHistoryInDatabase::entry).toList();
    }

    private static JournalEntry entry(JournalRow row) {
        return new JournalEntry(row.getEntryId(), row.getAsset(), row.getBucket(), row.getAmount(), row.getType(),
                row.getReference(), CreatedAtKeyset.epochMs(row.getCreatedAt()));
    }
}
