package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.ACCOUNT_SUSPENDED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.APPLIED;
import static org.opentrade.fund.domain.ledger.FillBuilder.aFill;
import static org.opentrade.fund.domain.ledger.Users.ALICE;
import static org.opentrade.fund.domain.ledger.Users.BOB;
import static org.opentrade.fund.domain.ledger.Users.units;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentrade.fund.domain.Account;

/**
 * A suspended (frozen) user's available balance is never taken from, whatever asks: holds, withdrawals and
 * transfers out are refused, while deposits, releases and settlements of holds taken before the freeze apply.
 */
class SuspensionTest {

    private final Ledger ledger = new Ledger();

    @BeforeEach
    void alice_has_usd_and_a_hold_bob_has_btc_then_alice_is_suspended() {
        ledger.apply(Postings.deposit(ALICE, USD, units(50_000), "pay-1"));
        ledger.apply(Postings.freeze(ALICE, USD, units(30_000), "order-1"));
        ledger.apply(Postings.deposit(BOB, BTC, units(2), "pay-2"));
        ledger.apply(Postings.freeze(BOB, BTC, units(1), "order-2"));
        ledger.suspend(ALICE);
    }

    @Test
    void holds_withdrawals_and_transfers_out_are_refused_and_change_nothing() {
        assertThat(ledger.apply(Postings.freeze(ALICE, USD, units(1), "order-3"))).isEqualTo(ACCOUNT_SUSPENDED);
        assertThat(ledger.apply(Postings.withdraw(ALICE, USD, units(1), "pay-3"))).isEqualTo(ACCOUNT_SUSPENDED);
        assertThat(ledger.apply(Postings.transferOut(ALICE, USD, units(1), "tr-1"))).isEqualTo(ACCOUNT_SUSPENDED);

        assertThat(ledger.balance(ALICE, USD).toAccount())
                .isEqualTo(new Account(ALICE, USD, units(20_000), units(30_000)));
        assertThat(ledger.journal()).hasSize(4);
        assertThat(ledger.applied("order-3")).isEmpty();
    }

    @Test
    void credits_releases_and_settlement_of_an_earlier_hold_still_apply() {
        assertThat(ledger.apply(Postings.deposit(ALICE, USD, units(5), "pay-4"))).isEqualTo(APPLIED);
        assertThat(ledger.apply(Postings.transferIn(ALICE, USD, units(5), "tr-2"))).isEqualTo(APPLIED);
        SettlementLegs legs = Postings.settleFill(aFill().buyer(ALICE).seller(BOB).build());
        assertThat(ledger.apply(legs.buyer())).isEqualTo(APPLIED);
        assertThat(ledger.apply(legs.seller())).isEqualTo(APPLIED);

        assertThat(ledger.balance(ALICE, BTC).toAccount()).isEqualTo(new Account(ALICE, BTC, units(1), 0));
        assertThat(ledger.balance(ALICE, USD).toAccount()).isEqualTo(new Account(ALICE, USD, units(20_010), 0));
        assertThat(ledger.audit().violations()).isEmpty();
    }

    @Test
    void a_reinstated_user_may_take_from_available_again_and_a_suspension_is_per_user() {
        assertThat(ledger.apply(Postings.freeze(BOB, BTC, units(1), "order-5"))).isEqualTo(APPLIED);

        ledger.reinstate(ALICE);

        assertThat(ledger.isSuspended(ALICE)).isFalse();
        assertThat(ledger.apply(Postings.freeze(ALICE, USD, units(1), "order-3"))).isEqualTo(APPLIED);
    }
}
