package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opentrade.trade.domain.matching.Events.kinds;
import static org.opentrade.trade.domain.matching.Events.trades;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;
import static org.opentrade.trade.domain.matching.Units.of;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAccepted;
import org.opentrade.trade.domain.matching.event.OrderCanceled;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.OrderRejected;
import org.opentrade.trade.domain.matching.event.Trade;

class TimeInForceTest {

    private final CheckedEngine engine = CheckedEngine.btcUsd();

    @Nested
    class ImmediateOrCancel {

        @Test
        void trades_what_it_can_and_cancels_the_remainder_instead_of_resting() {
            engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("1"));

            List<EngineEvent> events = engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("3").ioc());

            assertThat(kinds(events)).containsExactly(OrderAccepted.class, Trade.class, OrderFilled.class, OrderCanceled.class);
            assertThat(events.get(3)).isEqualTo(new OrderCanceled(2, 2, of("2"), of("200.20"),
                    CancelReason.IMMEDIATE_REMAINDER));
            assertThat(engine.engine().restingOrderCount()).isZero();
        }

        @Test
        void with_nothing_to_trade_is_accepted_and_expires_whole() {
            List<EngineEvent> events = engine.place(anOrder().id(2).user(2).sell().limit("100.00").quantity("1").ioc());

            assertThat(kinds(events)).containsExactly(OrderAccepted.class, OrderCanceled.class);
            assertThat(events.get(1)).isEqualTo(new OrderCanceled(2, 2, of("1"), of("1"), CancelReason.IMMEDIATE_REMAINDER));
        }

        @Test
        void that_fills_completely_ends_filled_not_canceled() {
            engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("5"));

            List<EngineEvent> events = engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("5").ioc());

            assertThat(kinds(events)).containsExactly(OrderAccepted.class, Trade.class, OrderFilled.class, OrderFilled.class);
        }
    }

    @Nested
    class FillOrKill {

        @Test
        void fills_completely_across_levels_when_the_liquidity_is_there() {
            engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("1"));
            engine.place(anOrder().id(2).user(1).sell().limit("100.50").quantity("1"));

            List<EngineEvent> events = engine.place(anOrder().id(3).user(2).buy().limit("100.50").quantity("2").fok());

            assertThat(trades(events)).extracting(Trade::makerOrderId, Trade::quantity)
                    .containsExactly(tuple(1L, of("1")), tuple(2L, of("1")));
            assertThat(events.get(events.size() - 1)).isInstanceOf(OrderFilled.class);
        }

        @Test
        void is_killed_without_touching_the_book_when_liquidity_within_its_limit_is_short() {
            engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("1"));
            engine.place(anOrder().id(2).user(1).sell().limit("101.00").quantity("5"));
            long before = engine.engine().stateHash();

            List<EngineEvent> events = engine.place(anOrder().id(3).user(2).buy().limit("100.50").quantity("2").fok());

            assertThat(events).containsExactly(new OrderRejected(3, 2, MatchResultCode.FOK_NOT_FILLABLE));
            assertThat(engine.engine().restingOrders(Side.SELL)).extracting(RestingOrder::remainingQuantity)
                    .containsExactly(of("1"), of("5"));
            assertThat(engine.engine().lastTradeId()).isZero();
            assertThat(engine.engine().stateHash()).isNotEqualTo(before); // only the sequence moved
        }

        @Test
        void counts_exactly_the_available_quantity_as_enough() {
            engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("0.4"));
            engine.place(anOrder().id(2).user(1).buy().limit("100.00").quantity("0.6"));

            List<EngineEvent> events = engine.place(anOrder().id(3).user(2).sell().limit("100.00").quantity("1").fok());

            assertThat(trades(events)).hasSize(2);
            assertThat(engine.engine().restingOrderCount()).isZero();
        }
    }
}
