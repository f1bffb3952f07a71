package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.INSUFFICIENT_FUNDS;
import static org.opentrade.fund.domain.ledger.Users.CAROL;
import static org.opentrade.fund.domain.ledger.Users.units;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentrade.fund.domain.Account;

class HoldsTest {

    private final Ledger ledger = new Ledger();

    @BeforeEach
    void carol_has_two_btc() {
        ledger.apply(Postings.deposit(CAROL, BTC, units(2), "pay-1"));
    }

    @Test
    void a_freeze_moves_available_to_frozen_without_touching_any_system_account() {
        assertThat(ledger.apply(Postings.freeze(CAROL, BTC, units(1), "order-7"))).isEqualTo(APPLIED);

        assertThat(ledger.balance(CAROL, BTC).toAccount()).isEqualTo(new Account(CAROL, BTC, units(1), units(1)));
        assertThat(ledger.journal().get(1).postings()).allMatch(p -> p.accountId() == CAROL);
    }

    @Test
    void an_unfreeze_with_the_orders_reference_releases_the_hold() {
        ledger.apply(Postings.freeze(CAROL, BTC, units(1), "order-7"));

        assertThat(ledger.apply(Postings.unfreeze(CAROL, BTC, units(1), "order-7"))).isEqualTo(APPLIED);

        assertThat(ledger.balance(CAROL, BTC).toAccount()).isEqualTo(new Account(CAROL, BTC, units(2), 0));
        assertThat(ledger.audit().isQuiet()).isTrue();
    }

    @Test
    void a_freeze_beyond_available_and_an_unfreeze_beyond_frozen_change_nothing() {
        assertThat(ledger.apply(Postings.freeze(CAROL, BTC, units(2) + 1, "order-7"))).isEqualTo(INSUFFICIENT_FUNDS);
        ledger.apply(Postings.freeze(CAROL, BTC, units(1), "order-8"));

        assertThat(ledger.apply(Postings.unfreeze(CAROL, BTC, units(1) + 1, "order-8"))).isEqualTo(INSUFFICIENT_FUNDS);

        assertThat(ledger.balance(CAROL, BTC).toAccount()).isEqualTo(new Account(CAROL, BTC, units(1), units(1)));
        assertThat(ledger.journal()).hasSize(2);
    }
}
