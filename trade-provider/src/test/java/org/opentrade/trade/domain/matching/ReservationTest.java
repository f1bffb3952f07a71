package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.trade.domain.matching.Events.trades;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;
import static org.opentrade.trade.domain.matching.Units.of;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.Trade;

/** What an order freezes, what each fill uses, and what is given back: all exact. */
class ReservationTest {

    private final Instrument btcUsd = TestInstruments.btcUsd();

    @Test
    void a_limit_buy_holds_its_notional_at_the_limit_plus_taker_fee_headroom() {
        assertThat(Reservation.forOrder(btcUsd, Side.BUY, OrderType.LIMIT, of("101.00"), 0, of("2")))
                .isEqualTo(of("202.202"));
    }

    @Test
    void a_sell_holds_its_base_quantity_and_needs_no_fee_headroom() {
        assertThat(Reservation.forOrder(btcUsd, Side.SELL, OrderType.LIMIT, of("101.00"), 0, of("2"))).isEqualTo(of("2"));
        assertThat(Reservation.forOrder(btcUsd, Side.SELL, OrderType.MARKET, 0, of("95.00"), of("2"))).isEqualTo(of("2"));
    }

    @Test
    void a_market_buy_holds_at_its_own_cap_or_else_at_the_protection_price() {
        assertThat(Reservation.forOrder(btcUsd, Side.BUY, OrderType.MARKET, of("103.00"), of("105.00"), of("1")))
                .isEqualTo(of("103.103"));
        assertThat(Reservation.forOrder(btcUsd, Side.BUY, OrderType.MARKET, 0, of("105.00"), of("1")))
                .isEqualTo(of("105.105"));
    }

    @Test
    void rounding_favours_the_venue_notional_down_fee_up() {
        Instrument awkward = TestInstruments.awkward();
        // notional floor(700 * 300_003 / 1e8) = 2; fee ceil(2 * 777 / 1e6) = 1
        assertThat(Reservation.forBuy(awkward, 700, 300_003)).isEqualTo(3);
    }

    @Test
    void a_buy_filled_below_its_limit_gets_the_price_improvement_back() {
        CheckedEngine engine = CheckedEngine.btcUsd();
        engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("1"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(2).buy().limit("101.00").quantity("1"));

        Trade trade = trades(events).get(0);
        assertThat(trade.notional()).isEqualTo(of("100.00"));
        assertThat(trade.takerFee()).isEqualTo(of("0.10"));
        assertThat(trade.takerHoldConsumed()).isEqualTo(of("100.10"));
        assertThat(trade.makerFee()).isEqualTo(of("0.05"));
        assertThat(trade.makerHoldConsumed()).isEqualTo(of("1"));
        // held 101.101, used 100.10
        assertThat(events.get(events.size() - 1)).isEqualTo(new OrderFilled(2, 2, of("1.001")));
    }

    @Test
    void a_buy_that_fills_as_maker_gets_the_unused_fee_headroom_back() {
        CheckedEngine engine = CheckedEngine.btcUsd();
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("1"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(2).sell().limit("100.00").quantity("1"));

        assertThat(events).contains(new OrderFilled(1, 1, of("0.05")));
    }

    @Test
    void each_trade_is_zero_sum_in_both_assets() {
        CheckedEngine engine = CheckedEngine.btcUsd();
        engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("3"));

        Trade trade = trades(engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("2"))).get(0);

        long buyerPays = trade.takerHoldConsumed();
        long sellerGets = trade.notional() - trade.sellerFee();
        long feeAccountGets = trade.buyerFee() + trade.sellerFee();
        assertThat(buyerPays).isEqualTo(sellerGets + feeAccountGets);
        assertThat(trade.makerHoldConsumed()).isEqualTo(trade.quantity());
        assertThat(trade.buyerOrderId()).isEqualTo(2);
        assertThat(trade.sellerUserId()).isEqualTo(1);
    }

    @Test
    void a_hold_suffices_for_a_thousand_awkward_partial_fills() {
        CheckedEngine engine = new CheckedEngine(TestInstruments.awkward());
        engine.place(anOrder().id(1).user(1).buy().rawPrice(700_000_007).rawQuantity(3_000_000));
        long reserved = engine.engine().restingOrder(1).orElseThrow().reservedAmount();
        long consumed = 0;
        List<EngineEvent> events = List.of();
        for (int i = 0; i < 1_000; i++) {
            events = engine.place(anOrder().id(10 + i).user(2).sell().rawPrice(700_000_007).rawQuantity(3_000));
            consumed += trades(events).get(0).makerHoldConsumed();
        }

        // the last fill completed the buy: what it used plus what it gets back is exactly its hold
        OrderFilled filled = Events.ofType(events, OrderFilled.class).get(0);
        assertThat(filled.orderId()).isEqualTo(1);
        assertThat(consumed + filled.releasedAmount()).isEqualTo(reserved);
        assertThat(filled.releasedAmount()).isNotNegative();
    }
}
