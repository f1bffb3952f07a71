package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.INSUFFICIENT_FUNDS;
import static org.opentrade.fund.domain.ledger.FillBuilder.aFill;
import static org.opentrade.fund.domain.ledger.SystemAccount.FEES;
import static org.opentrade.fund.domain.ledger.SystemAccount.TRADE_CLEARING;
import static org.opentrade.fund.domain.ledger.Users.ALICE;
import static org.opentrade.fund.domain.ledger.Users.BOB;
import static org.opentrade.fund.domain.ledger.Users.ERIN;
import static org.opentrade.fund.domain.ledger.Users.units;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.Account;

/** ALICE (shard 0) buys 1 BTC from BOB (shard 1) for 30,000 USD; fees 30 USD (buyer) and 15 USD (seller). */
class SettlementTest {

    private final Ledger ledger = new Ledger();
    private final TradeFill fill = aFill().fees(units(30), units(15)).build();

    @BeforeEach
    void both_sides_hold_what_the_fill_takes() {
        ledger.apply(Postings.deposit(ALICE, USD, units(31_000), "pay-a"));
        ledger.apply(Postings.freeze(ALICE, USD, units(30_100), "order-buy"));
        ledger.apply(Postings.deposit(BOB, BTC, units(1), "pay-b"));
        ledger.apply(Postings.freeze(BOB, BTC, units(1), "order-sell"));
    }

    @Test
    void both_legs_move_the_holds_to_the_counterparties_and_the_fees_to_each_shards_fee_account() {
        SettlementLegs legs = Postings.settleFill(fill);

        assertThat(ledger.apply(legs.buyer())).isEqualTo(APPLIED);
        assertThat(ledger.apply(legs.seller())).isEqualTo(APPLIED);

        assertThat(ledger.balance(ALICE, USD).toAccount()).isEqualTo(new Account(ALICE, USD, units(900), units(70)));
        assertThat(ledger.balance(ALICE, BTC).toAccount()).isEqualTo(new Account(ALICE, BTC, units(1), 0));
        assertThat(ledger.balance(BOB, BTC).toAccount()).isEqualTo(new Account(BOB, BTC, 0, 0));
        assertThat(ledger.balance(BOB, USD).toAccount()).isEqualTo(new Account(BOB, USD, units(29_985), 0));
        assertThat(ledger.balance(FEES.idFor(ALICE), USD).available()).isEqualTo(units(30));
        assertThat(ledger.balance(FEES.idFor(BOB), USD).available()).isEqualTo(units(15));
        assertThat(ledger.audit().isQuiet()).isTrue();
    }

    @Test
    void each_leg_stays_on_its_users_shard_and_meets_the_other_in_trade_clearing() {
        SettlementLegs legs = Postings.settleFill(fill);

        assertThat(legs.buyer().shard()).isEqualTo(AccountIds.shardOf(ALICE));
        assertThat(legs.seller().shard()).isEqualTo(AccountIds.shardOf(BOB));
        assertThat(legs.buyer().reference()).isEqualTo("TRADE_BUY:trade-1");
        assertThat(legs.seller().reference()).isEqualTo("TRADE_SELL:trade-1");

        ledger.apply(legs.buyer());
        assertThat(ledger.balance(TRADE_CLEARING.idFor(ALICE), USD).available()).isEqualTo(units(30_000));
        assertThat(ledger.balance(TRADE_CLEARING.idFor(ALICE), BTC).available()).isEqualTo(-units(1));
        assertThat(ledger.audit().inFlight())
                .isEqualTo(Map.of(TRADE_CLEARING, Map.of(USD, units(30_000), BTC, -units(1))));
        assertThat(ledger.audit().isSound()).isTrue();
    }

    @Test
    void buyer_and_seller_on_one_shard_settle_through_the_same_clearing_account_with_distinct_references() {
        ledger.apply(Postings.deposit(ERIN, BTC, units(1), "pay-e"));
        ledger.apply(Postings.freeze(ERIN, BTC, units(1), "order-e"));
        SettlementLegs legs = Postings.settleFill(aFill().seller(ERIN).build());

        assertThat(ledger.apply(legs.buyer())).isEqualTo(APPLIED);
        assertThat(ledger.apply(legs.seller())).isEqualTo(APPLIED);

        assertThat(ledger.balance(TRADE_CLEARING.idFor(ALICE), USD).available()).isZero();
        assertThat(ledger.balance(ERIN, USD).available()).isEqualTo(units(30_000));
        assertThat(ledger.audit().isQuiet()).isTrue();
    }

    @Test
    void without_fees_no_fee_account_is_touched() {
        SettlementLegs legs = Postings.settleFill(aFill().build());

        assertThat(legs.buyer().postings()).hasSize(4).extracting(Posting::accountId)
                .doesNotContain(FEES.idFor(ALICE));
        assertThat(legs.seller().postings()).hasSize(4).extracting(Posting::accountId)
                .doesNotContain(FEES.idFor(BOB));
    }

    @Test
    void a_dust_fill_with_zero_notional_moves_only_the_base() {
        SettlementLegs legs = Postings.settleFill(aFill().quantity(1).notional(0).build());

        assertThat(legs.buyer().postings()).extracting(Posting::asset).containsOnly(BTC);
        assertThat(legs.seller().postings()).extracting(Posting::asset).containsOnly(BTC);
    }

    @Test
    void a_buyer_hold_too_small_for_notional_and_fee_rejects_the_whole_leg() {
        Map<BalanceKey, Long> before = ledger.balances();
        TradeFill tooBig = aFill().notional(units(30_100)).fees(1, 0).build();

        assertThat(ledger.apply(Postings.settleFill(tooBig).buyer())).isEqualTo(INSUFFICIENT_FUNDS);

        assertThat(ledger.balances()).isEqualTo(before);
    }

    @Test
    void a_fill_is_rejected_when_its_figures_cannot_be_settled() {
        assertThatThrownBy(() -> aFill().notional(10).fees(0, 11).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aFill().quantity(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aFill().instrument(Asset.USD, Asset.USD).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aFill().notional(LedgerLimits.AMOUNT_MAX).fees(1, 0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aFill().buyer(999).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
