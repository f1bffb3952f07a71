package org.opentrade.payment.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.platform.db.CreatedAtKeyset;

/**
 * The payment page as MyBatis renders it, without a database: the user and kind first (ix_payments_user_kind_time),
 * the window and the cursor only when set, times as the Timestamps the rows are written and read with.
 */
class PaymentPageSqlTest {
    static final long ALICE = 1042;
    final Configuration mybatis = new Configuration();

    PaymentPageSqlTest() {
        mybatis.addMapper(PaymentMapper.class);
    }

    @Test
    void aPageBelowACursorInAWindow() {
        BoundSql sql = render(CreatedAtKeyset.of(new TimeWindow(1_000, 9_000), 5_000L, "Dabc", PaymentsInDatabase::ts));

        assertThat(text(sql)).isEqualTo("SELECT " + PaymentMapper.COLUMNS + " FROM payments WHERE user_id = ? "
                + "AND kind = ? AND created_at >= ? AND created_at < ? AND created_at <= ? "
                + "AND (created_at < ? OR payment_id < ?) ORDER BY created_at DESC, payment_id DESC LIMIT ?");
        assertThat(values(sql)).containsExactly(ALICE, "DEPOSIT", new Timestamp(1_000), new Timestamp(9_000),
                new Timestamp(5_000), new Timestamp(5_000), "Dabc", 6);
    }

    @Test
    void theFirstPageHasNeitherWindowNorCursor() {
        BoundSql sql = render(CreatedAtKeyset.of(new TimeWindow(0, 0), null, null, PaymentsInDatabase::ts));

        assertThat(text(sql)).isEqualTo("SELECT " + PaymentMapper.COLUMNS + " FROM payments WHERE user_id = ? "
                + "AND kind = ? ORDER BY created_at DESC, payment_id DESC LIMIT ?");
        assertThat(values(sql)).containsExactly(ALICE, "DEPOSIT", 6);
    }

    private Map<String, Object> params;

    private BoundSql render(CreatedAtKeyset keyset) {
        params = new HashMap<>(Map.of("userId", ALICE, "kind", "DEPOSIT", "k", keyset, "limit", 6));
        return mybatis.getMappedStatement(PaymentMapper.class.getName() + ".newestFirst").getBoundSql(params);
    }

    private static String text(BoundSql sql) {
        return sql.getSql().replaceAll("\\s+", " ").trim();
    }

    private List<Object> values(BoundSql sql) {
        MetaObject values = mybatis.newMetaObject(params);
        return sql.getParameterMappings().stream().map(ParameterMapping::getProperty).map(values::getValue).toList();
    }
}
