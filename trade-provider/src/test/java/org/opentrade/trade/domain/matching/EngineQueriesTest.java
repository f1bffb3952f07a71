package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;
import static org.opentrade.trade.domain.matching.Units.of;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.instrument.Instrument;

/** What a service reads from the engine: depth, resting orders, counters, and refused configurations. */
class EngineQueriesTest {

    private final CheckedEngine engine = CheckedEngine.btcUsd();

    @Test
    void depth_aggregates_each_price_best_first_up_to_the_limit() {
        engine.place(anOrder().id(1).user(1).buy().limit("99.00").quantity("1"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("2"));
        engine.place(anOrder().id(3).user(3).buy().limit("100.00").quantity("0.5"));
        engine.place(anOrder().id(4).user(4).buy().limit("98.00").quantity("1"));
        engine.place(anOrder().id(5).user(5).sell().limit("101.00").quantity("3"));

        assertThat(engine.engine().depth(Side.BUY, 2)).containsExactly(
                new DepthLevel(of("100.00"), of("2.5"), 2), new DepthLevel(of("99.00"), of("1"), 1));
        assertThat(engine.engine().depth(Side.SELL, 20)).containsExactly(new DepthLevel(of("101.00"), of("3"), 1));
        assertThat(engine.engine().bestPrice(Side.BUY)).isEqualTo(of("100.00"));
        assertThat(engine.engine().bestPrice(Side.SELL)).isEqualTo(of("101.00"));
    }

    @Test
    void a_resting_order_snapshot_shows_its_fills_and_hold_use() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("2"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("0.5"));

        RestingOrder order = engine.engine().restingOrder(1).orElseThrow();

        assertThat(order.filledQuantity()).isEqualTo(of("0.5"));
        assertThat(order.reservedAmount()).isEqualTo(of("2"));
        assertThat(order.consumedAmount()).isEqualTo(of("0.5"));
        assertThat(engine.engine().restingOrder(2)).isEmpty();
    }

    @Test
    void every_command_takes_a_sequence_number_even_when_rejected() {
        engine.place(anOrder().id(1).limit("100.005"));
        engine.cancel(9, 9);

        assertThat(engine.engine().lastSequence()).isEqualTo(2);
    }

    @Test
    void a_book_bound_that_could_overflow_the_level_totals_is_refused() {
        Instrument huge = new Instrument("H-Q", "H", "Q", 1, 1, 1, Long.MAX_VALUE / 2, 0, 0, 0);

        assertThatThrownBy(() -> new MatchingEngine(huge, new EngineLimits(3, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.engine().depth(Side.BUY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
