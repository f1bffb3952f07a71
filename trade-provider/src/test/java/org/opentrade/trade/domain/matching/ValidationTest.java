package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.matching.event.OrderAccepted;
import org.opentrade.trade.domain.matching.event.OrderRejected;

/** Invalid input is answered with a code and never changes the book. */
class ValidationTest {

    private final CheckedEngine engine = CheckedEngine.btcUsd();

    private MatchResultCode rejectionOf(OrderBuilder order) {
        long before = engine.engine().restingOrderCount();
        OrderRejected rejected = (OrderRejected) engine.place(order).get(0);
        assertThat(engine.engine().restingOrderCount()).isEqualTo(before);
        return rejected.reason();
    }

    @Test
    void a_price_off_the_tick_is_rejected() {
        assertThat(rejectionOf(anOrder().limit("100.005"))).isEqualTo(MatchResultCode.INVALID_PRICE_TICK);
    }

    @Test
    void a_quantity_off_the_step_is_rejected() {
        assertThat(rejectionOf(anOrder().quantity("0.0000015"))).isEqualTo(MatchResultCode.INVALID_QUANTITY_STEP);
    }

    @Test
    void zero_and_negative_numbers_are_out_of_range() {
        assertThat(rejectionOf(anOrder().rawPrice(0))).isEqualTo(MatchResultCode.PRICE_OUT_OF_RANGE);
        assertThat(rejectionOf(anOrder().rawPrice(-1_000_000))).isEqualTo(MatchResultCode.PRICE_OUT_OF_RANGE);
        assertThat(rejectionOf(anOrder().rawQuantity(0))).isEqualTo(MatchResultCode.QUANTITY_OUT_OF_RANGE);
        assertThat(rejectionOf(anOrder().rawQuantity(-100))).isEqualTo(MatchResultCode.QUANTITY_OUT_OF_RANGE);
        assertThat(rejectionOf(anOrder().market().rawPrice(-1_000_000))).isEqualTo(MatchResultCode.PRICE_OUT_OF_RANGE);
    }

    @Test
    void numbers_whose_product_would_overflow_are_rejected_not_wrapped() {
        // Long.MAX_VALUE rounded onto tick and step: price * quantity would overflow many times over.
        long hugePrice = Long.MAX_VALUE - Long.MAX_VALUE % Units.of("0.01");
        long hugeQuantity = Long.MAX_VALUE - Long.MAX_VALUE % Units.of("0.000001");

        assertThat(rejectionOf(anOrder().rawPrice(hugePrice))).isEqualTo(MatchResultCode.PRICE_OUT_OF_RANGE);
        assertThat(rejectionOf(anOrder().rawQuantity(hugeQuantity))).isEqualTo(MatchResultCode.QUANTITY_OUT_OF_RANGE);
        assertThat(rejectionOf(anOrder().market().rawPrice(hugePrice))).isEqualTo(MatchResultCode.PRICE_OUT_OF_RANGE);
    }

    @Test
    void the_largest_valid_order_is_accepted_and_its_hold_is_exact() {
        OrderBuilder largest = anOrder().limit("1000000").quantity("10000");

        assertThat(engine.place(largest).get(0)).isInstanceOfSatisfying(
                OrderAccepted.class,
                accepted -> assertThat(accepted.reservedAmount()).isEqualTo(Units.of("10010000000")));
    }

    @Test
    void ids_must_be_positive() {
        assertThat(rejectionOf(anOrder().id(0))).isEqualTo(MatchResultCode.INVALID_ORDER_ID);
        assertThat(rejectionOf(anOrder().user(-1))).isEqualTo(MatchResultCode.INVALID_USER_ID);
    }

    @Test
    void a_second_order_with_the_id_of_a_resting_order_is_rejected() {
        engine.place(anOrder().id(1).limit("100.00"));

        assertThat(rejectionOf(anOrder().id(1).limit("99.00"))).isEqualTo(MatchResultCode.DUPLICATE_ORDER_ID);
    }

    @Test
    void a_full_book_rejects_orders_that_could_rest_but_still_takes_immediate_ones() {
        CheckedEngine small = new CheckedEngine(TestInstruments.btcUsd(), new EngineLimits(2, 10));
        small.place(anOrder().id(1).user(1).sell().limit("100.00"));
        small.place(anOrder().id(2).user(1).sell().limit("101.00"));

        assertThat(small.place(anOrder().id(3).user(2).buy().limit("99.00")))
                .containsExactly(new OrderRejected(3, 2, MatchResultCode.BOOK_FULL));
        assertThat(Events.trades(small.place(anOrder().id(4).user(2).buy().limit("100.00").ioc()))).hasSize(1);
    }

    @Test
    void a_side_with_all_its_levels_taken_rejects_a_new_price_but_accepts_a_known_one() {
        CheckedEngine small = new CheckedEngine(TestInstruments.btcUsd(), new EngineLimits(100, 2));
        small.place(anOrder().id(1).buy().limit("100.00"));
        small.place(anOrder().id(2).buy().limit("99.00"));

        assertThat(small.place(anOrder().id(3).buy().limit("98.00")))
                .containsExactly(new OrderRejected(3, 1, MatchResultCode.PRICE_LEVELS_FULL));
        assertThat(small.place(anOrder().id(4).buy().limit("99.00")).get(0))
                .isInstanceOf(OrderAccepted.class);
    }
}
