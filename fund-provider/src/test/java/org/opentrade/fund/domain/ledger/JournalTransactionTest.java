package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.Bucket.AVAILABLE;
import static org.opentrade.fund.domain.ledger.Bucket.FROZEN;
import static org.opentrade.fund.domain.ledger.TransactionBuilder.aTransaction;
import static org.opentrade.fund.domain.ledger.Users.ALICE;
import static org.opentrade.fund.domain.ledger.Users.BOB;
import static org.opentrade.fund.domain.ledger.Users.ERIN;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JournalTransactionTest {

    private static final long BANK_0 = SystemAccount.BANK_CLEARING.idFor(ALICE);

    @Test
    void postings_are_kept_in_canonical_order_so_equal_content_is_equal() {
        JournalTransaction one = aTransaction().posting(ALICE, USD, AVAILABLE, 5).posting(BANK_0, USD, AVAILABLE, -5)
                .build();
        JournalTransaction other = aTransaction().posting(BANK_0, USD, AVAILABLE, -5).posting(ALICE, USD, AVAILABLE, 5)
                .build();

        assertThat(one).isEqualTo(other);
        assertThat(one.postings()).extracting(Posting::accountId).containsExactly(BANK_0, ALICE);
        assertThat(one.shard()).isZero();
    }

    @Test
    void a_transaction_must_balance_per_asset_not_only_in_total() {
        assertThatThrownBy(() -> aTransaction().posting(ALICE, USD, AVAILABLE, 5).posting(BANK_0, USD, AVAILABLE, -4)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> aTransaction().posting(ALICE, USD, AVAILABLE, 5).posting(BANK_0, BTC, AVAILABLE, -5)
                .build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aTransaction().posting(ALICE, USD, AVAILABLE, 5).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_posting_is_never_zero_nor_beyond_the_amount_limit() {
        assertThatThrownBy(() -> new Posting(ALICE, USD, AVAILABLE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting(ALICE, USD, AVAILABLE, LedgerLimits.AMOUNT_MAX + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting(ALICE, USD, AVAILABLE, Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new Posting(ALICE, USD, AVAILABLE, -LedgerLimits.AMOUNT_MAX)).doesNotThrowAnyException();
    }

    @Test
    void a_posting_names_a_user_or_a_reserved_system_account_and_system_accounts_have_no_frozen_bucket() {
        assertThatThrownBy(() -> new Posting(500, USD, AVAILABLE, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting(-1, USD, AVAILABLE, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting(BANK_0, USD, FROZEN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void two_postings_on_the_same_balance_are_rejected() {
        assertThatThrownBy(() -> aTransaction()
                .posting(ALICE, USD, AVAILABLE, 5).posting(ALICE, USD, AVAILABLE, -5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two postings");
    }

    @Test
    void postings_are_bounded_in_number() {
        TransactionBuilder full = aTransaction();
        for (int i = 0; i < LedgerLimits.POSTINGS_MAX / 2; i++) {
            full.move(ALICE + 8L * i, ERIN + 8L * i, USD, 1); // all on shard 0, all distinct
        }
        assertThat(full.build().postings()).hasSize(LedgerLimits.POSTINGS_MAX);

        TransactionBuilder tooMany = aTransaction().move(BANK_0, ALICE, BTC, 1);
        tooMany.postings().addAll(full.postings());
        assertThatThrownBy(tooMany::build).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JournalTransaction("empty", TransactionType.DEPOSIT, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_transaction_stays_on_one_shard() {
        assertThatThrownBy(() -> aTransaction().move(ALICE, BOB, USD, 5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shards 0 and 1");
        assertThatCode(() -> aTransaction().move(ALICE, ERIN, USD, 5).build()).doesNotThrowAnyException();
    }

    @Test
    void the_reference_is_not_blank_and_fits_its_column() {
        assertThatThrownBy(() -> aTransaction().reference(" ").move(BANK_0, ALICE, USD, 1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aTransaction().reference(null).move(BANK_0, ALICE, USD, 1).build())
                .isInstanceOf(IllegalArgumentException.class);
        String longest = "r".repeat(LedgerLimits.REFERENCE_LENGTH_MAX);
        assertThatCode(() -> aTransaction().reference(longest).move(BANK_0, ALICE, USD, 1).build())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> aTransaction().reference(longest + "r").move(BANK_0, ALICE, USD, 1).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(TransactionType.class)
    void every_derived_reference_of_a_longest_business_reference_fits(TransactionType type) {
        String business = "b".repeat(LedgerLimits.BUSINESS_REFERENCE_LENGTH_MAX);
        assertThat(type.referenceFor(business)).hasSizeLessThanOrEqualTo(LedgerLimits.REFERENCE_LENGTH_MAX)
                .isEqualTo(type.name() + ":" + business);
        assertThatThrownBy(() -> type.referenceFor(business + "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> type.referenceFor("")).isInstanceOf(IllegalArgumentException.class);
    }
}
