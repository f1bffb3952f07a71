package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.ETH;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.ALREADY_APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.INSUFFICIENT_FUNDS;
import static org.opentrade.fund.domain.ledger.FillBuilder.aFill;
import static org.opentrade.fund.domain.ledger.Users.ALICE;
import static org.opentrade.fund.domain.ledger.Users.BOB;
import static org.opentrade.fund.domain.ledger.Users.CAROL;
import static org.opentrade.fund.domain.ledger.Users.units;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A batch of fills settles each fill as a single settle would, buyer leg before seller leg. */
class SettlementBatchTest {

    private final Ledger ledger = new Ledger();

    @BeforeEach
    void alice_holds_usd_bob_holds_btc() {
        hold(ALICE, USD, units(60_000));
        hold(BOB, BTC, units(1));
    }

    private void hold(long user, org.opentrade.api.money.Asset asset, long amount) {
        String reference = "hold-" + user + "-" + asset + "-" + ledger.journal().size();
        ledger.apply(Postings.deposit(user, asset, amount, reference));
        ledger.apply(Postings.freeze(user, asset, amount, reference));
    }

    @Test
    void each_fill_is_both_legs_once_and_a_repeat_is_already_applied() {
        SettlementLegs fill = Postings.settleFill(aFill().reference("t-1").build());

        assertThat(ledger.settleAll(List.of(fill, fill))).containsExactly(APPLIED, ALREADY_APPLIED);

        assertThat(ledger.applied("TRADE_BUY:t-1")).contains(fill.buyer());
        assertThat(ledger.applied("TRADE_SELL:t-1")).contains(fill.seller());
        assertThat(ledger.audit().isQuiet()).isTrue();
    }

    @Test
    void a_fill_refused_on_its_buyer_leg_changes_nothing_one_refused_on_its_seller_leg_stays_half_settled() {
        SettlementLegs buyerShort = Postings.settleFill(aFill().reference("t-1").notional(units(70_000)).build());
        SettlementLegs sellerShort = Postings.settleFill(aFill().reference("t-2").quantity(units(2)).build());

        assertThat(ledger.settleAll(List.of(buyerShort, sellerShort)))
                .containsExactly(INSUFFICIENT_FUNDS, INSUFFICIENT_FUNDS);

        assertThat(ledger.applied("TRADE_BUY:t-1")).isEmpty();
        assertThat(ledger.applied("TRADE_SELL:t-1")).isEmpty();
        assertThat(ledger.applied("TRADE_BUY:t-2")).isPresent();
        assertThat(ledger.applied("TRADE_SELL:t-2")).isEmpty();
        assertThat(ledger.audit().isSound()).isTrue();
        assertThat(ledger.audit().inFlight()).isNotEmpty();
    }

    /**
     * Bob sells BTC on BTC/USD and then buys ETH with BTC on ETH/BTC: the second buyer leg takes the very BTC hold
     * the first seller leg takes, so it must wait for that seller leg, exactly as one-by-one settling would.
     */
    @Test
    void a_buyer_leg_that_shares_a_balance_with_an_earlier_seller_leg_waits_for_it() {
        hold(CAROL, ETH, units(10));
        SettlementLegs bobSellsBtc = Postings.settleFill(aFill().reference("t-1").build());
        SettlementLegs bobBuysEthWithBtc = Postings.settleFill(aFill().reference("t-2").buyer(BOB).seller(CAROL)
                .instrument(ETH, BTC).quantity(units(10)).notional(units(1)).build());
        Ledger oneByOne = copyOfSetUp();

        List<ApplyOutcome> batched = ledger.settleAll(List.of(bobSellsBtc, bobBuysEthWithBtc));

        assertThat(SettlementBatch.runs(List.of(bobSellsBtc, bobBuysEthWithBtc))).hasSize(2);
        List<ApplyOutcome> single = new ArrayList<>();
        for (SettlementLegs fill : List.of(bobSellsBtc, bobBuysEthWithBtc)) {
            single.add(oneByOne.settleAll(List.of(fill)).get(0));
        }
        assertThat(batched).isEqualTo(single).containsExactly(APPLIED, INSUFFICIENT_FUNDS);
        assertThat(ledger.balances()).isEqualTo(oneByOne.balances());
    }

    @Test
    void fills_that_share_no_user_balance_across_legs_settle_in_one_run() {
        SettlementLegs first = Postings.settleFill(aFill().reference("t-1").quantity(units(1) / 2).build());
        SettlementLegs second = Postings.settleFill(aFill().reference("t-2").quantity(units(1) / 2).build());

        assertThat(SettlementBatch.runs(List.of(first, second))).hasSize(1);
        assertThat(ledger.settleAll(List.of(first, second))).containsExactly(APPLIED, APPLIED);
    }

    private Ledger copyOfSetUp() {
        Ledger copy = new Ledger();
        ledger.journal().forEach(copy::apply);
        return copy;
    }
}
