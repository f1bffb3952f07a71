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

/**
 * Policy "expire taker": a user never trades with themself; when the next maker in priority is
 * the taker's own, the taker's remainder is canceled and the resting order is left alone.
 */
class SelfTradePreventionTest {

    private final CheckedEngine engine = CheckedEngine.btcUsd();

    @Test
    void a_taker_meeting_its_own_resting_order_first_expires_without_trading() {
        engine.place(anOrder().id(1).user(7).sell().limit("100.00"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(7).buy().limit("100.00"));

        assertThat(kinds(events)).containsExactly(OrderAccepted.class, OrderCanceled.class);
        assertThat(((OrderCanceled) events.get(1)).reason()).isEqualTo(CancelReason.SELF_TRADE_PREVENTION);
        assertThat(engine.engine().restingOrder(1)).isPresent();
        assertThat(engine.engine().restingOrder(2)).isEmpty();
    }

    @Test
    void fills_ahead_of_the_own_order_stand_and_the_rest_expires() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00"));
        engine.place(anOrder().id(2).user(7).sell().limit("100.00"));
        engine.place(anOrder().id(3).user(1).sell().limit("100.00"));

        List<EngineEvent> events = engine.place(anOrder().id(4).user(7).buy().limit("101.00").quantity("3"));

        assertThat(trades(events)).extracting(Trade::makerOrderId, Trade::quantity).containsExactly(tuple(1L, of("1")));
        assertThat(kinds(events)).containsExactly(OrderAccepted.class, Trade.class, OrderFilled.class, OrderCanceled.class);
        assertThat(((OrderCanceled) events.get(3)).remainingQuantity()).isEqualTo(of("2"));
        assertThat(engine.engine().restingOrders(Side.SELL)).extracting(RestingOrder::orderId).containsExactly(2L, 3L);
    }

    @Test
    void a_good_till_canceled_taker_does_not_rest_after_a_self_trade_stop() {
        engine.place(anOrder().id(1).user(7).sell().limit("100.00"));

        engine.place(anOrder().id(2).user(7).buy().limit("100.00").gtc());

        assertThat(engine.engine().restingOrders(Side.BUY)).isEmpty();
    }

    @Test
    void fill_or_kill_only_counts_liquidity_ahead_of_the_users_own_order() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00"));
        engine.place(anOrder().id(2).user(7).sell().limit("100.00"));
        engine.place(anOrder().id(3).user(1).sell().limit("100.00"));

        assertThat(engine.place(anOrder().id(4).user(7).buy().limit("100.00").quantity("2").fok()))
                .containsExactly(new OrderRejected(4, 7, MatchResultCode.FOK_NOT_FILLABLE));
        assertThat(engine.place(anOrder().id(5).user(7).buy().limit("100.00").quantity("1").fok()))
                .endsWith(new OrderFilled(5, 7, 0));
    }

    @Test
    void a_market_order_is_stopped_by_its_own_resting_order_too() {
        engine.place(anOrder().id(1).user(7).buy().limit("100.00"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(7).sell().market());

        assertThat(kinds(events)).containsExactly(OrderAccepted.class, OrderCanceled.class);
        assertThat(((OrderCanceled) events.get(1)).reason()).isEqualTo(CancelReason.SELF_TRADE_PREVENTION);
    }
}
