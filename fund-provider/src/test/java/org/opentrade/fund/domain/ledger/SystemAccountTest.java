package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SystemAccountTest {

    @ParameterizedTest
    @EnumSource(SystemAccount.class)
    void the_account_paired_with_a_user_lives_in_that_users_database_and_table(SystemAccount kind) {
        for (long user = AccountIds.USER_ID_MIN; user < AccountIds.USER_ID_MIN + 64; user++) {
            long id = kind.idFor(user);
            assertThat(id % 2).as("database of %s for user %d", kind, user).isEqualTo(user % 2);
            assertThat((id / 2) % 2).as("table of %s for user %d", kind, user).isEqualTo((user / 2) % 2);
            assertThat(AccountIds.shardOf(id)).isEqualTo(AccountIds.shardOf(user));
        }
    }

    @Test
    void system_accounts_have_reserved_ids_below_the_first_user_and_never_share_one() {
        Set<Long> ids = new HashSet<>();
        for (SystemAccount kind : SystemAccount.values()) {
            for (int shard = 0; shard < AccountIds.SHARD_COUNT; shard++) {
                long id = kind.idInShard(shard);
                assertThat(id).isLessThan(AccountIds.USER_ID_MIN);
                assertThat(AccountIds.isUser(id)).isFalse();
                assertThat(ids.add(id)).as("id %d used twice", id).isTrue();
                assertThat(SystemAccount.of(id)).contains(kind);
            }
        }
    }

    @Test
    void user_ids_and_unreserved_low_ids_are_no_system_account() {
        assertThat(SystemAccount.of(Users.ALICE)).isEmpty();
        assertThat(SystemAccount.of(99)).isEmpty();
        assertThat(SystemAccount.of(104)).isEmpty();
    }

    @Test
    void only_users_have_a_paired_system_account() {
        assertThatThrownBy(() -> SystemAccount.FEES.idFor(999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemAccount.FEES.idInShard(AccountIds.SHARD_COUNT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearing_accounts_may_go_negative_and_fees_may_not() {
        assertThat(SystemAccount.BANK_CLEARING.mayGoNegative()).isTrue();
        assertThat(SystemAccount.TRADE_CLEARING.mayGoNegative()).isTrue();
        assertThat(SystemAccount.TRANSFER_CLEARING.mayGoNegative()).isTrue();
        assertThat(SystemAccount.FEES.mayGoNegative()).isFalse();
    }
}
