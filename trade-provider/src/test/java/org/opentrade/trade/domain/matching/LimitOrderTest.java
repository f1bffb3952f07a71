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
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.Trade;

class LimitOrderTest {

    private final CheckedEngine engine = CheckedEngine.btcUsd();

    @Test
    void a_limit_order_that_does_not_cross_rests_in_the_book() {
        List<EngineEvent> events = engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("2"));

        assertThat(events).containsExactly(new OrderAccepted(1, 1, Side.BUY, OrderType.LIMIT, TimeInForce.GTC,
                of("100.00"), of("2"), of("200.20")));
        assertThat(engine.engine().bestPrice(Side.BUY)).isEqualTo(of("100.00"));
        assertThat(engine.engine().restingOrder(1)).hasValueSatisfying(order ->
                assertThat(order.remainingQuantity()).isEqualTo(of("2")));
    }

    @Test
    void a_crossing_order_trades_at_the_makers_price() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("1"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(2).buy().limit("101.00").quantity("1"));

        assertThat(kinds(events)).containsExactly(OrderAccepted.class, Trade.class, OrderFilled.class, OrderFilled.class);
        assertThat(trades(events)).extracting(Trade::makerOrderId, Trade::takerOrderId, Trade::price, Trade::quantity)
                .containsExactly(tuple(1L, 2L, of("100.00"), of("1")));
        assertThat(engine.engine().restingOrderCount()).isZero();
    }

    @Test
    void a_partial_fill_leaves_the_maker_resting_with_its_remainder() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("3"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("1"));

        assertThat(kinds(events)).containsExactly(OrderAccepted.class, Trade.class, OrderFilled.class);
        assertThat(engine.engine().restingOrder(1)).hasValueSatisfying(maker ->
                assertThat(maker.remainingQuantity()).isEqualTo(of("2")));
    }

    @Test
    void a_partially_filled_taker_rests_its_remainder_at_its_limit() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("1"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(2).buy().limit("100.50").quantity("3"));

        assertThat(kinds(events)).containsExactly(OrderAccepted.class, Trade.class, OrderFilled.class);
        assertThat(engine.engine().restingOrders(Side.BUY)).extracting(RestingOrder::orderId, RestingOrder::price,
                RestingOrder::remainingQuantity).containsExactly(tuple(2L, of("100.50"), of("2")));
        assertThat(engine.engine().bestPrice(Side.SELL)).isZero();
    }

    @Test
    void a_taker_sweeps_several_levels_best_price_first_and_stops_at_its_limit() {
        engine.place(anOrder().id(1).user(1).sell().limit("102.00").quantity("1"));
        engine.place(anOrder().id(2).user(1).sell().limit("100.00").quantity("1"));
        engine.place(anOrder().id(3).user(1).sell().limit("101.00").quantity("1"));
        engine.place(anOrder().id(4).user(1).sell().limit("103.00").quantity("1"));

        List<EngineEvent> events = engine.place(anOrder().id(9).user(2).buy().limit("102.00").quantity("5"));

        assertThat(trades(events)).extracting(Trade::makerOrderId, Trade::price)
                .containsExactly(tuple(2L, of("100.00")), tuple(3L, of("101.00")), tuple(1L, of("102.00")));
        assertThat(engine.engine().bestPrice(Side.BUY)).isEqualTo(of("102.00"));
        assertThat(engine.engine().bestPrice(Side.SELL)).isEqualTo(of("103.00"));
    }

    @Test
    void orders_at_the_same_price_fill_in_arrival_order() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("1"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("1"));
        engine.place(anOrder().id(3).user(3).buy().limit("100.00").quantity("1"));

        List<EngineEvent> events = engine.place(anOrder().id(4).user(4).sell().limit("99.00").quantity("2.5"));

        assertThat(trades(events)).extracting(Trade::makerOrderId, Trade::quantity, Trade::price)
                .containsExactly(tuple(1L, of("1"), of("100.00")), tuple(2L, of("1"), of("100.00")),
                        tuple(3L, of("0.5"), of("100.00")));
        assertThat(engine.engine().restingOrders(Side.BUY)).extracting(RestingOrder::orderId).containsExactly(3L);
    }

    @Test
    void a_better_price_has_priority_over_an_earlier_order() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("1"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.01").quantity("1"));

        List<EngineEvent> events = engine.place(anOrder().id(3).user(3).sell().limit("100.00").quantity("1"));

        assertThat(trades(events)).extracting(Trade::makerOrderId, Trade::price).containsExactly(tuple(2L, of("100.01")));
    }

    @Test
    void trade_ids_are_dense_and_carry_the_command_sequence() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("1"));
        engine.place(anOrder().id(2).user(1).sell().limit("100.00").quantity("1"));

        List<EngineEvent> events = engine.place(anOrder().id(3).user(2).buy().limit("100.00").quantity("2"));

        assertThat(trades(events)).extracting(Trade::tradeId, Trade::sequence).containsExactly(tuple(1L, 3L), tuple(2L, 3L));
        assertThat(engine.engine().lastSequence()).isEqualTo(3);
        assertThat(engine.engine().lastTradeId()).isEqualTo(2);
    }
}
