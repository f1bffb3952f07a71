package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.INSUFFICIENT_FUNDS;
import static org.opentrade.fund.domain.ledger.SystemAccount.BANK_CLEARING;
import static org.opentrade.fund.domain.ledger.Users.BOB;
import static org.opentrade.fund.domain.ledger.Users.units;

import org.junit.jupiter.api.Test;
import org.opentrade.fund.domain.Account;

class DepositAndWithdrawalTest {

    private final Ledger ledger = new Ledger();

    @Test
    void a_deposit_credits_the_user_against_bank_clearing_of_the_users_shard() {
        assertThat(ledger.apply(Postings.deposit(BOB, USD, units(100), "pay-1"))).isEqualTo(APPLIED);

        assertThat(ledger.balance(BOB, USD).toAccount()).isEqualTo(new Account(BOB, USD, units(100), 0));
        assertThat(ledger.balance(BANK_CLEARING.idFor(BOB), USD).available()).isEqualTo(-units(100));
        assertThat(ledger.journal()).singleElement()
                .satisfies(tx -> assertThat(tx.reference()).isEqualTo("DEPOSIT:pay-1"));
        assertThat(ledger.audit().isQuiet()).isTrue();
    }

    @Test
    void a_withdrawal_is_the_reverse_and_a_refund_reverses_the_withdrawal() {
        ledger.apply(Postings.deposit(BOB, USD, units(100), "pay-1"));

        assertThat(ledger.apply(Postings.withdraw(BOB, USD, units(30), "pay-2"))).isEqualTo(APPLIED);
        assertThat(ledger.balance(BOB, USD).available()).isEqualTo(units(70));
        assertThat(ledger.balance(BANK_CLEARING.idFor(BOB), USD).available()).isEqualTo(-units(70));

        assertThat(ledger.apply(Postings.withdrawalRefund(BOB, USD, units(30), "pay-2"))).isEqualTo(APPLIED);
        assertThat(ledger.balance(BOB, USD).available()).isEqualTo(units(100));
        assertThat(ledger.audit().isQuiet()).isTrue();
    }

    @Test
    void a_withdrawal_beyond_the_available_balance_changes_nothing() {
        ledger.apply(Postings.deposit(BOB, USD, units(10), "pay-1"));

        assertThat(ledger.apply(Postings.withdraw(BOB, USD, units(10) + 1, "pay-2"))).isEqualTo(INSUFFICIENT_FUNDS);

        assertThat(ledger.balance(BOB, USD).available()).isEqualTo(units(10));
        assertThat(ledger.journal()).hasSize(1);
    }

    @Test
    void amounts_are_positive_and_bounded_and_only_users_have_money_moved_for_them() {
        assertThatThrownBy(() -> Postings.deposit(BOB, USD, 0, "p")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Postings.withdraw(BOB, USD, -5, "p")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Postings.withdraw(BOB, USD, Long.MIN_VALUE, "p"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Postings.deposit(BOB, USD, LedgerLimits.AMOUNT_MAX + 1, "p"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Postings.deposit(101, USD, 1, "p")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Postings.deposit(BOB, USD, 1, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
