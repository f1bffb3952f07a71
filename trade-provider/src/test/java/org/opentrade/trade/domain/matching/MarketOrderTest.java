package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opentrade.trade.domain.matching.Events.kinds;
import static org.opentrade.trade.domain.matching.Events.trades;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;
import static org.opentrade.trade.domain.matching.Units.of;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAccepted;
import org.opentrade.trade.domain.matching.event.OrderCanceled;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.OrderRejected;
import org.opentrade.trade.domain.matching.event.Trade;

/** BTC-USD has a 5 % protection band: a MARKET BUY never pays more than best ask + 5 %. */
class MarketOrderTest {

    private final CheckedEngine engine = CheckedEngine.btcUsd();

    private void asksAt(String... prices) {
        long id = 100;
        for (String price : prices) {
            engine.place(anOrder().id(id++).user(1).sell().limit(price).quantity("1"));
        }
    }

    @Test
    void a_market_buy_sweeps_up_to_its_protection_price_and_cancels_the_rest() {
        asksAt("100.00", "104.99", "105.00", "105.01");

        List<EngineEvent> events = engine.place(anOrder().id(1).user(2).buy().market().quantity("10"));

        assertThat(events.get(0)).isEqualTo(new OrderAccepted(1, 2, Side.BUY, OrderType.MARKET, TimeInForce.IOC,
                of("105.00"), of("10"), of("1051.05")));
        assertThat(trades(events)).extracting(Trade::price)
                .containsExactly(of("100.00"), of("104.99"), of("105.00"));
        assertThat(events.get(events.size() - 1)).isEqualTo(new OrderCanceled(1, 2, of("7"),
                of("1051.05") - of("309.99") - of("0.30999"), CancelReason.IMMEDIATE_REMAINDER));
        assertThat(engine.engine().restingOrders(Side.SELL)).extracting(RestingOrder::price).containsExactly(of("105.01"));
    }

    @Test
    void a_market_sell_never_trades_below_best_bid_minus_the_band() {
        engine.place(anOrder().id(100).user(1).buy().limit("100.00").quantity("1"));
        engine.place(anOrder().id(101).user(1).buy().limit("94.99").quantity("1"));

        List<EngineEvent> events = engine.place(anOrder().id(1).user(2).sell().market().quantity("2"));

        assertThat(((OrderAccepted) events.get(0)).limitPrice()).isEqualTo(of("95.00"));
        assertThat(trades(events)).extracting(Trade::price, Trade::quantity).containsExactly(tuple(of("100.00"), of("1")));
        assertThat(kinds(events)).endsWith(OrderCanceled.class);
    }

    @Test
    void the_protection_price_is_rounded_onto_the_tick_towards_the_best_price() {
        engine.place(anOrder().id(100).user(1).sell().limit("100.01"));
        engine.place(anOrder().id(101).user(1).buy().limit("99.99"));

        // 100.01 * 1.05 = 105.0105 -> 105.01; 99.99 * 0.95 = 94.9905 -> 95.00
        assertThat(engine.engine().marketProtectionPrice(Side.BUY)).isEqualTo(of("105.01"));
        assertThat(engine.engine().marketProtectionPrice(Side.SELL)).isEqualTo(of("95.00"));
    }

    @Test
    void a_market_order_against_an_empty_side_is_rejected_for_lack_of_liquidity() {
        engine.place(anOrder().id(100).user(1).buy().limit("100.00"));

        assertThat(engine.place(anOrder().id(1).user(2).buy().market()))
                .containsExactly(new OrderRejected(1, 2, MatchResultCode.NO_LIQUIDITY));
        assertThat(engine.engine().marketProtectionPrice(Side.BUY)).isZero();
    }

    @Test
    void the_cap_the_service_reserved_at_bounds_the_order_and_sets_its_hold() {
        asksAt("100.00", "104.00");

        List<EngineEvent> events = engine.place(anOrder().id(1).user(2).buy().market().cap("103.00").quantity("2"));

        OrderAccepted accepted = (OrderAccepted) events.get(0);
        assertThat(accepted.limitPrice()).isEqualTo(of("103.00"));
        assertThat(accepted.reservedAmount()).isEqualTo(of("206.206"));
        assertThat(trades(events)).extracting(Trade::price).containsExactly(of("100.00"));
    }

    @Test
    void a_cap_looser_than_the_band_does_not_widen_it() {
        asksAt("100.00", "106.00");

        List<EngineEvent> events = engine.place(anOrder().id(1).user(2).buy().market().cap("200.00").quantity("2"));

        assertThat(((OrderAccepted) events.get(0)).limitPrice()).isEqualTo(of("105.00"));
        assertThat(trades(events)).extracting(Trade::price).containsExactly(of("100.00"));
    }

    @Test
    void a_market_buy_capped_below_the_best_ask_trades_nothing_and_expires() {
        asksAt("100.00");

        List<EngineEvent> events = engine.place(anOrder().id(1).user(2).buy().market().cap("99.00"));

        assertThat(kinds(events)).containsExactly(OrderAccepted.class, OrderCanceled.class);
    }

    @Test
    void a_fill_or_kill_market_order_fills_whole_within_the_band_or_not_at_all() {
        asksAt("100.00", "104.00", "106.00");

        assertThat(engine.place(anOrder().id(1).user(2).buy().market().fok().quantity("3")))
                .containsExactly(new OrderRejected(1, 2, MatchResultCode.FOK_NOT_FILLABLE));
        assertThat(kinds(engine.place(anOrder().id(2).user(2).buy().market().fok().quantity("2"))))
                .containsExactly(OrderAccepted.class, Trade.class, OrderFilled.class, Trade.class, OrderFilled.class,
                        OrderFilled.class);
    }

    @Test
    void a_market_order_may_not_be_good_till_canceled() {
        asksAt("100.00");

        assertThat(engine.place(anOrder().id(1).user(2).buy().market().gtc()))
                .containsExactly(new OrderRejected(1, 2, MatchResultCode.INVALID_TIME_IN_FORCE));
    }
}
