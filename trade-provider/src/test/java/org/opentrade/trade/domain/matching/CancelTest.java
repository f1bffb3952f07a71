package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;
import static org.opentrade.trade.domain.matching.Units.of;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.matching.event.CancelRejected;
import org.opentrade.trade.domain.matching.event.OrderCanceled;

class CancelTest {

    private final CheckedEngine engine = CheckedEngine.btcUsd();

    @Test
    void canceling_a_resting_order_removes_it_and_releases_its_whole_hold() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("2"));

        assertThat(engine.cancel(1, 1))
                .containsExactly(new OrderCanceled(1, 1, of("2"), of("200.20"), CancelReason.USER_REQUESTED));
        assertThat(engine.engine().restingOrderCount()).isZero();
        assertThat(engine.engine().bestPrice(Side.BUY)).isZero();
    }

    @Test
    void canceling_a_partially_filled_order_releases_only_what_its_fills_did_not_use() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("2"));
        engine.place(anOrder().id(2).user(2).sell().limit("100.00").quantity("0.5"));

        // hold 200.20; the maker fill used 50.00 + 0.025 maker fee
        assertThat(engine.cancel(1, 1))
                .containsExactly(new OrderCanceled(1, 1, of("1.5"), of("150.175"), CancelReason.USER_REQUESTED));
    }

    @Test
    void canceling_a_sell_releases_its_unfilled_base() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("2"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("0.25"));

        assertThat(engine.cancel(1, 1))
                .containsExactly(new OrderCanceled(1, 1, of("1.75"), of("1.75"), CancelReason.USER_REQUESTED));
    }

    @Test
    void canceling_from_the_middle_of_a_queue_keeps_the_others_in_order() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00"));
        engine.place(anOrder().id(3).user(3).buy().limit("100.00"));

        engine.cancel(2, 2);

        assertThat(engine.engine().restingOrders(Side.BUY)).extracting(RestingOrder::orderId).containsExactly(1L, 3L);
        assertThat(engine.engine().depth(Side.BUY, 10)).containsExactly(new DepthLevel(of("100.00"), of("2"), 2));
    }

    @Test
    void canceling_an_unknown_order_is_rejected() {
        assertThat(engine.cancel(42, 1)).containsExactly(new CancelRejected(42, 1, MatchResultCode.ORDER_NOT_FOUND));
    }

    @Test
    void canceling_an_already_filled_order_is_rejected() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00"));

        assertThat(engine.cancel(1, 1)).containsExactly(new CancelRejected(1, 1, MatchResultCode.ORDER_NOT_FOUND));
    }

    @Test
    void canceling_twice_is_rejected_the_second_time() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00"));
        engine.cancel(1, 1);

        assertThat(engine.cancel(1, 1)).containsExactly(new CancelRejected(1, 1, MatchResultCode.ORDER_NOT_FOUND));
    }

    @Test
    void another_users_order_looks_like_it_does_not_exist_and_stays() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00"));

        assertThat(engine.cancel(1, 2)).containsExactly(new CancelRejected(1, 2, MatchResultCode.ORDER_NOT_FOUND));
        assertThat(engine.engine().restingOrder(1)).isPresent();
    }
}
