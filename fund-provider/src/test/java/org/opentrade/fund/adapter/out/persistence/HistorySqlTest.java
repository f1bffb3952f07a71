package org.opentrade.fund.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.platform.db.CreatedAtKeyset;

/**
 * The history SQL as MyBatis renders it, without a database: every statement names user_id (one shard), the window
 * and the cursor appear only when set, the order is (created_at, id), and each placeholder gets the value meant for
 * it (times as UTC LocalDateTime).
 */
class HistorySqlTest {
    static final long ALICE = 1042;
    final Configuration mybatis = new Configuration();

    HistorySqlTest() {
        mybatis.addMapper(JournalHistoryMapper.class);
        mybatis.addMapper(TransferMapper.class);
    }

    @Test
    void aLedgerPageBelowACursorInAWindowOfOneAsset() {
        CreatedAtKeyset keyset = CreatedAtKeyset.of(new TimeWindow(1_000, 9_000), new TimeIdCursor(5_000, 77));
        Map<String, Object> params = params(keyset);
        params.put("asset", "USD");
        params.put("newestFirst", true);
        Rendered sql = render(JournalHistoryMapper.class.getName() + ".page", params);

        assertThat(sql.text()).isEqualTo("SELECT entry_id, reference, user_id, asset, bucket, amount, type, created_at "
                + "FROM journal WHERE user_id = ? AND asset = ? AND created_at >= ? AND created_at < ? "
                + "AND created_at <= ? AND (created_at < ? OR entry_id < ?) "
                + "ORDER BY created_at DESC, entry_id DESC LIMIT ?");
        assertThat(sql.values()).containsExactly(ALICE, "USD", utc(1_000), utc(9_000), utc(5_000), utc(5_000), 77L, 6);
    }

    @Test
    void aStatementReadsItsWindowOldestFirstWithoutACursor() {
        Map<String, Object> params = params(CreatedAtKeyset.of(new TimeWindow(1_000, 9_000), null));
        params.put("asset", null);
        params.put("newestFirst", false);
        Rendered sql = render(JournalHistoryMapper.class.getName() + ".page", params);

        assertThat(sql.text()).isEqualTo("SELECT entry_id, reference, user_id, asset, bucket, amount, type, created_at "
                + "FROM journal WHERE user_id = ? AND created_at >= ? AND created_at < ? "
                + "ORDER BY created_at, entry_id LIMIT ?");
        assertThat(sql.values()).containsExactly(ALICE, utc(1_000), utc(9_000), 6);
    }

    @Test
    void theFirstPageOfTransfersHasNeitherWindowNorCursor() {
        Rendered sql = render(TransferMapper.class.getName() + ".newestFirst",
                params(CreatedAtKeyset.of(new TimeWindow(0, 0), null)));

        assertThat(sql.text()).isEqualTo("SELECT * FROM transfer WHERE user_id = ? "
                + "ORDER BY created_at DESC, transfer_id DESC LIMIT ?");
        assertThat(sql.values()).containsExactly(ALICE, 6);
    }

    @Test
    void aTransferPageBelowACursor() {
        Rendered sql = render(TransferMapper.class.getName() + ".newestFirst",
                params(CreatedAtKeyset.of(new TimeWindow(0, 0), new TimeIdCursor(5_000, 77))));

        assertThat(sql.text()).isEqualTo("SELECT * FROM transfer WHERE user_id = ? AND created_at <= ? "
                + "AND (created_at < ? OR transfer_id < ?) ORDER BY created_at DESC, transfer_id DESC LIMIT ?");
        assertThat(sql.values()).containsExactly(ALICE, utc(5_000), utc(5_000), 77L, 6);
    }

    @Test
    void openingTotalsSumEverythingBeforeTheRangeByAssetAndBucket() {
        Map<String, Object> params = new HashMap<>(Map.of("userId", ALICE, "before", utc(1_000)));
        params.put("asset", null);
        Rendered sql = render(JournalHistoryMapper.class.getName() + ".totalsBefore", params);

        assertThat(sql.text()).isEqualTo("SELECT asset, bucket, SUM(amount) AS total FROM journal WHERE user_id = ? "
                + "AND created_at < ? GROUP BY asset, bucket");
    }

    record Rendered(String text, List<Object> values) {
    }

    private Map<String, Object> params(CreatedAtKeyset keyset) {
        Map<String, Object> params = new HashMap<>();
        params.put("userId", ALICE);
        params.put("k", keyset);
        params.put("limit", 6);
        return params;
    }

    private Rendered render(String statement, Map<String, Object> params) {
        BoundSql bound = mybatis.getMappedStatement(statement).getBoundSql(params);
        MetaObject values = mybatis.newMetaObject(params);
        List<Object> boundValues = bound.getParameterMappings().stream().map(ParameterMapping::getProperty)
                .map(property -> bound.hasAdditionalParameter(property) ? bound.getAdditionalParameter(property)
                        : values.getValue(property)).toList();
        return new Rendered(bound.getSql().replaceAll("\\s+", " ").trim(), boundValues);
    }

    private static LocalDateTime utc(long epochMs) {
        return CreatedAtKeyset.utc(epochMs);
    }
}
