package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.BALANCE_OVERFLOW;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.INSUFFICIENT_FUNDS;
import static org.opentrade.fund.domain.ledger.Bucket.AVAILABLE;
import static org.opentrade.fund.domain.ledger.Bucket.FROZEN;
import static org.opentrade.fund.domain.ledger.TransactionBuilder.aTransaction;
import static org.opentrade.fund.domain.ledger.Users.ALICE;
import static org.opentrade.fund.domain.ledger.Users.ERIN;
import static org.opentrade.fund.domain.ledger.Users.units;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A rejected transaction leaves no trace, even when only its last posting fails. */
class AtomicityTest {

    private final Ledger ledger = new Ledger();

    @Test
    void insufficient_funds_on_one_posting_leaves_every_balance_and_the_journal_unchanged() {
        ledger.apply(Postings.deposit(ALICE, USD, units(10), "pay-1"));
        ledger.apply(Postings.deposit(ALICE, BTC, units(1), "pay-2"));
        ledger.apply(Postings.freeze(ALICE, BTC, units(1), "order-1"));
        Map<BalanceKey, Long> before = ledger.balances();
        // In canonical order ALICE's BTC postings pass before her USD FROZEN posting fails.
        JournalTransaction lastPostingFails = aTransaction().reference("x")
                .posting(ALICE, BTC, FROZEN, -units(1)).posting(ALICE, BTC, AVAILABLE, units(1))
                .posting(ALICE, USD, FROZEN, -1).posting(ALICE, USD, AVAILABLE, 1).build();

        assertThat(ledger.apply(lastPostingFails)).isEqualTo(INSUFFICIENT_FUNDS);

        assertThat(ledger.balances()).isEqualTo(before);
        assertThat(ledger.journal()).hasSize(3);
        assertThat(ledger.applied("x")).isEmpty();
    }

    @Test
    void a_balance_that_would_leave_the_long_range_is_rejected_not_wrapped() {
        int depositsThatFit = (int) (Long.MAX_VALUE / LedgerLimits.AMOUNT_MAX);
        for (int i = 0; i < depositsThatFit; i++) {
            assertThat(ledger.apply(Postings.deposit(ALICE, USD, LedgerLimits.AMOUNT_MAX, "pay-" + i)))
                    .isEqualTo(APPLIED);
        }
        Map<BalanceKey, Long> before = ledger.balances();

        assertThat(ledger.apply(Postings.deposit(ALICE, USD, LedgerLimits.AMOUNT_MAX, "pay-x")))
                .isEqualTo(BALANCE_OVERFLOW);

        assertThat(ledger.balances()).isEqualTo(before);
        assertThat(ledger.balance(ALICE, USD).available()).isPositive();
        assertThat(ledger.audit().isSound()).isTrue();
    }

    @Test
    void the_fee_account_cannot_be_drawn_below_zero_while_clearing_accounts_can() {
        long fees = SystemAccount.FEES.idFor(ALICE);
        long bank = SystemAccount.BANK_CLEARING.idFor(ALICE);

        assertThat(ledger.apply(aTransaction().reference("f").move(fees, ERIN, USD, 1).build()))
                .isEqualTo(INSUFFICIENT_FUNDS);
        assertThat(ledger.apply(aTransaction().reference("b").move(bank, ERIN, USD, 1).build())).isEqualTo(APPLIED);
        assertThat(ledger.balance(bank, USD).available()).isEqualTo(-1);
    }
}
