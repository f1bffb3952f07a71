package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.trade.domain.matching.Events.kinds;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAccepted;
import org.opentrade.trade.domain.matching.event.OrderRejected;

/** Post-only never takes liquidity: it rests, or it is rejected (never repriced). */
class PostOnlyTest {

    private final CheckedEngine engine = CheckedEngine.btcUsd();

    @Test
    void a_post_only_order_that_does_not_cross_rests() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.01"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(2).buy().limit("100.00").postOnly());

        assertThat(kinds(events)).containsExactly(OrderAccepted.class);
        assertThat(engine.engine().restingOrder(2)).isPresent();
    }

    @Test
    void a_post_only_buy_at_the_best_ask_is_rejected_and_the_book_is_unchanged() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(2).buy().limit("100.00").postOnly());

        assertThat(events).containsExactly(new OrderRejected(2, 2, MatchResultCode.POST_ONLY_WOULD_TAKE));
        assertThat(engine.engine().restingOrders(Side.SELL)).hasSize(1);
        assertThat(engine.engine().restingOrder(2)).isEmpty();
    }

    @Test
    void a_post_only_sell_through_the_best_bid_is_rejected() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00"));

        List<EngineEvent> events = engine.place(anOrder().id(2).user(2).sell().limit("99.00").postOnly());

        assertThat(events).containsExactly(new OrderRejected(2, 2, MatchResultCode.POST_ONLY_WOULD_TAKE));
    }

    @Test
    void post_only_is_rejected_on_orders_that_cannot_rest() {
        assertThat(engine.place(anOrder().id(1).limit("100.00").ioc().postOnly()))
                .containsExactly(new OrderRejected(1, 1, MatchResultCode.POST_ONLY_NOT_ALLOWED));
        assertThat(engine.place(anOrder().id(2).limit("100.00").fok().postOnly()))
                .containsExactly(new OrderRejected(2, 1, MatchResultCode.POST_ONLY_NOT_ALLOWED));
        assertThat(engine.place(anOrder().id(3).market().postOnly()))
                .containsExactly(new OrderRejected(3, 1, MatchResultCode.POST_ONLY_NOT_ALLOWED));
    }
}
