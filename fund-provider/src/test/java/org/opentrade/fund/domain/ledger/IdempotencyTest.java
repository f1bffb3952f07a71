package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.ALREADY_APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.INSUFFICIENT_FUNDS;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.REFERENCE_CONFLICT;
import static org.opentrade.fund.domain.ledger.Users.ALICE;
import static org.opentrade.fund.domain.ledger.Users.ERIN;
import static org.opentrade.fund.domain.ledger.Users.units;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IdempotencyTest {

    private final Ledger ledger = new Ledger();

    @Test
    void a_retry_with_the_same_content_answers_already_applied_and_has_no_second_effect() {
        ledger.apply(Postings.deposit(ALICE, USD, units(10), "pay-1"));
        Map<BalanceKey, Long> before = ledger.balances();

        assertThat(ledger.apply(Postings.deposit(ALICE, USD, units(10), "pay-1"))).isEqualTo(ALREADY_APPLIED);

        assertThat(ledger.balances()).isEqualTo(before);
        assertThat(ledger.journal()).hasSize(1);
    }

    @Test
    void content_is_compared_regardless_of_the_order_the_postings_were_given_in() {
        JournalTransaction deposit = Postings.deposit(ALICE, USD, units(10), "pay-1");
        ledger.apply(deposit);

        JournalTransaction reordered = new JournalTransaction(deposit.reference(), deposit.type(),
                List.of(deposit.postings().get(1), deposit.postings().get(0)));

        assertThat(ledger.apply(reordered)).isEqualTo(ALREADY_APPLIED);
    }

    @Test
    void the_same_reference_with_different_content_is_a_conflict_and_has_no_effect() {
        ledger.apply(Postings.deposit(ALICE, USD, units(10), "pay-1"));
        Map<BalanceKey, Long> before = ledger.balances();

        assertThat(ledger.apply(Postings.deposit(ALICE, USD, units(11), "pay-1"))).isEqualTo(REFERENCE_CONFLICT);
        assertThat(ledger.apply(Postings.deposit(ERIN, USD, units(10), "pay-1"))).isEqualTo(REFERENCE_CONFLICT);

        assertThat(ledger.balances()).isEqualTo(before);
        assertThat(ledger.applied("DEPOSIT:pay-1")).contains(Postings.deposit(ALICE, USD, units(10), "pay-1"));
    }

    @Test
    void the_transactions_of_one_business_reference_do_not_collide() {
        ledger.apply(Postings.deposit(ALICE, USD, units(10), "order-1"));

        assertThat(ledger.apply(Postings.freeze(ALICE, USD, units(4), "order-1"))).isEqualTo(APPLIED);
        assertThat(ledger.apply(Postings.unfreeze(ALICE, USD, units(4), "order-1"))).isEqualTo(APPLIED);

        assertThat(ledger.journal()).hasSize(3);
    }

    @Test
    void a_rejected_transaction_does_not_consume_its_reference() {
        JournalTransaction withdrawal = Postings.withdraw(ALICE, USD, units(5), "pay-2");
        assertThat(ledger.apply(withdrawal)).isEqualTo(INSUFFICIENT_FUNDS);
        assertThat(ledger.applied(withdrawal.reference())).isEmpty();

        ledger.apply(Postings.deposit(ALICE, USD, units(5), "pay-1"));

        assertThat(ledger.apply(withdrawal)).isEqualTo(APPLIED);
        assertThat(ledger.apply(withdrawal)).isEqualTo(ALREADY_APPLIED);
    }
}
