package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.ALREADY_APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.REFERENCE_CONFLICT;
import static org.opentrade.fund.domain.ledger.Users.CAROL;
import static org.opentrade.fund.domain.ledger.Users.units;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentrade.fund.domain.Account;

/**
 * A void and the hold it stands for, in either order, leave nothing frozen and the balances as before; a void is
 * idempotent, and a reference it spent can never hold money.
 */
class HoldVoidTest {

    private final Ledger ledger = new Ledger();
    private final HoldVoid orderSeven = Postings.voidHold(CAROL, BTC, units(1), "order-7");
    private final Account before = new Account(CAROL, BTC, units(2), 0);

    @BeforeEach
    void carol_has_two_btc() {
        ledger.apply(Postings.deposit(CAROL, BTC, units(2), "pay-1"));
    }

    private Account carolsBtc() {
        return ledger.balance(CAROL, BTC).toAccount();
    }

    @Test
    void a_void_before_its_hold_spends_the_reference_and_the_late_hold_is_refused() {
        assertThat(ledger.voidHold(orderSeven)).isEqualTo(APPLIED);

        assertThat(ledger.apply(Postings.freeze(CAROL, BTC, units(1), "order-7"))).isEqualTo(REFERENCE_CONFLICT);
        assertThat(ledger.apply(Postings.freeze(CAROL, BTC, units(2), "order-7"))).isEqualTo(REFERENCE_CONFLICT);

        assertThat(carolsBtc()).isEqualTo(before);
        assertThat(ledger.journal()).hasSize(1);
        assertThat(ledger.voided("FREEZE:order-7")).contains(orderSeven);
        assertThat(ledger.audit().isQuiet()).as("a spent reference is no posting").isTrue();
    }

    @Test
    void a_void_after_its_hold_releases_it_in_full_with_the_unfreeze_of_that_reference() {
        ledger.apply(Postings.freeze(CAROL, BTC, units(1), "order-7"));

        assertThat(ledger.voidHold(orderSeven)).isEqualTo(APPLIED);

        assertThat(carolsBtc()).isEqualTo(before);
        assertThat(ledger.applied("UNFREEZE:order-7")).contains(orderSeven.release());
        assertThat(ledger.apply(Postings.unfreeze(CAROL, BTC, units(1), "order-7"))).isEqualTo(ALREADY_APPLIED);
        assertThat(ledger.voided("FREEZE:order-7")).isEmpty();
        assertThat(ledger.audit().isQuiet()).isTrue();
    }

    @Test
    void a_repeated_void_changes_nothing_in_either_order() {
        HoldVoid orderEight = Postings.voidHold(CAROL, BTC, units(1), "order-8");
        ledger.apply(Postings.freeze(CAROL, BTC, units(1), "order-8"));
        ledger.voidHold(orderEight);
        ledger.voidHold(orderSeven);
        Map<BalanceKey, Long> afterFirst = ledger.balances();

        assertThat(ledger.voidHold(orderEight)).isEqualTo(ALREADY_APPLIED);
        assertThat(ledger.voidHold(orderSeven)).isEqualTo(ALREADY_APPLIED);

        assertThat(ledger.balances()).isEqualTo(afterFirst);
        assertThat(carolsBtc()).isEqualTo(before);
    }

    @Test
    void a_void_whose_content_differs_from_the_hold_or_from_an_earlier_void_is_a_conflict_and_releases_nothing() {
        ledger.apply(Postings.freeze(CAROL, BTC, units(1), "order-8"));
        ledger.voidHold(orderSeven);
        Map<BalanceKey, Long> held = ledger.balances();

        assertThat(ledger.voidHold(Postings.voidHold(CAROL, BTC, units(2), "order-8"))).isEqualTo(REFERENCE_CONFLICT);
        assertThat(ledger.voidHold(Postings.voidHold(CAROL, USD, units(1), "order-7"))).isEqualTo(REFERENCE_CONFLICT);

        assertThat(ledger.balances()).isEqualTo(held);
    }

    @Test
    void a_void_of_a_hold_already_released_is_done_and_posts_nothing_more() {
        ledger.apply(Postings.freeze(CAROL, BTC, units(1), "order-7"));
        ledger.apply(Postings.unfreeze(CAROL, BTC, units(1), "order-7"));

        assertThat(ledger.voidHold(orderSeven)).isEqualTo(ALREADY_APPLIED);

        assertThat(ledger.journal()).hasSize(3);
        assertThat(carolsBtc()).isEqualTo(before);
    }
}
