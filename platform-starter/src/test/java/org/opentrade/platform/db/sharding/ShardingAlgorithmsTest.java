package org.opentrade.platform.db.sharding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.shardingsphere.sharding.api.sharding.standard.PreciseShardingValue;
import org.junit.jupiter.api.Test;

/** The class-based algorithms place rows exactly where the INLINE expressions they replace did. */
class ShardingAlgorithmsTest {
    static final List<String> DATABASES = List.of("ds_0", "ds_1");
    static final List<String> TABLES = List.of("account_0", "account_1");

    @Test
    void userRowsGoWhereTheInlineExpressionsPutThem() {
        for (long userId = 0; userId < 5_000; userId += 7) {
            assertThat(new UserDatabaseSharding().doSharding(DATABASES, value("user_id", userId)))
                    .isEqualTo("ds_" + userId % 2);
            assertThat(new UserTableSharding().doSharding(TABLES, value("user_id", userId)))
                    .isEqualTo("account_" + (userId / 2) % 2);
        }
    }

    @Test
    void theShardIsTheIdModuloFourSoSystemAccountsCanBePairedWithUsers() {
        for (long id = 0; id < 64; id++) {
            long pairedSystemAccount = 100 + id % 4;
            assertThat(ShardLayout.userDatabase(pairedSystemAccount)).isEqualTo(ShardLayout.userDatabase(id));
            assertThat(ShardLayout.userTable(pairedSystemAccount)).isEqualTo(ShardLayout.userTable(id));
        }
    }

    @Test
    void valuesArriveAsIntegersLongsOrStrings() {
        assertThat(new UserDatabaseSharding().doSharding(DATABASES, value("user_id", 1001))).isEqualTo("ds_1");
        assertThat(new UserDatabaseSharding().doSharding(DATABASES, value("user_id", "1002"))).isEqualTo("ds_0");
    }

    @Test
    void symbolsKeepTheirDatabase() {
        for (String symbol : List.of("BTC-USD", "ETH-USD", "SOL-USD", "X")) {
            assertThat(new SymbolDatabaseSharding().doSharding(DATABASES, value("symbol", symbol)))
                    .isEqualTo("ds_" + (symbol.hashCode() & 0x7fffffff) % 2);
        }
    }

    @Test
    void aMissingTargetIsAnErrorNotARandomTable() {
        assertThatThrownBy(() -> new UserTableSharding().doSharding(List.of("account_0"), value("user_id", 1002L)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("account_0");
    }

    private static PreciseShardingValue<Comparable<?>> value(String column, Comparable<?> value) {
        return new PreciseShardingValue<>("account", column, null, value);
    }
}
