package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opentrade.trade.domain.matching.Events.kinds;
import static org.opentrade.trade.domain.matching.Events.trades;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;
import static org.opentrade.trade.domain.matching.Units.of;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.event.AmendRejected;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAmended;
import org.opentrade.trade.domain.matching.event.OrderCanceled;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.Trade;

/**
 * Amending a resting order: which changes keep its place, which send it to the back or across the book, and what it
 * holds afterwards. BTC-USD: maker 0.05 %, taker 0.1 %; a BUY of 2 at 100.00 holds 200.20. The book's internal state
 * is checked after every step.
 */
class AmendTest {

    private final CheckedEngine engine = CheckedEngine.btcUsd();

    @Test
    void quantity_down_at_the_same_price_keeps_the_place_in_the_queue_and_releases_the_surplus() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("2"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("1"));

        assertThat(engine.amend(1, 1, 10, "100.00", "1.5", 0)).containsExactly(
                new OrderAmended(1, 1, 10, of("100.00"), of("1.5"), of("1.5"), of("150.15"), 0, of("50.05"), true));

        assertThat(ids(Side.BUY)).containsExactly(1L, 2L);
        assertThat(engine.engine().depth(Side.BUY, 5)).containsExactly(new DepthLevel(of("100.00"), of("2.5"), 2));
        List<EngineEvent> sell = engine.place(anOrder().id(3).user(3).sell().limit("100.00").quantity("1"));
        assertThat(trades(sell)).extracting(Trade::makerOrderId).containsExactly(1L);
    }

    @Test
    void a_new_price_sends_the_order_to_the_back_even_when_it_comes_back_to_the_old_price() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("1"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("1"));

        List<EngineEvent> away = engine.amend(1, 1, 10, "99.00", "1", 0);
        assertThat(away).containsExactly(
                new OrderAmended(1, 1, 10, of("99.00"), of("1"), of("1"), of("99.099"), 0, of("1.001"), false));
        assertThat(ids(Side.BUY)).containsExactly(2L, 1L);

        long back = hold(1, "100.00", "1");
        assertThat(back).isEqualTo(of("1.001") + 1);
        List<EngineEvent> returned = engine.amend(1, 1, 11, "100.00", "1", back);
        assertThat(returned).containsExactly(
                new OrderAmended(1, 1, 11, of("100.00"), of("1"), of("1"), of("100.10"), back, 1, false));
        assertThat(ids(Side.BUY)).containsExactly(2L, 1L);
        List<EngineEvent> sell = engine.place(anOrder().id(3).user(3).sell().limit("100.00").quantity("1"));
        assertThat(trades(sell)).extracting(Trade::makerOrderId).containsExactly(2L);
    }

    @Test
    void more_quantity_at_the_same_price_loses_the_place_and_needs_the_added_hold() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("2"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("1"));
        long added = hold(1, "100.00", "3");
        assertThat(added).isEqualTo(of("100.10") + 1);

        assertThat(engine.amend(1, 1, 10, "100.00", "3", added)).containsExactly(
                new OrderAmended(1, 1, 10, of("100.00"), of("3"), of("3"), of("300.30"), added, 1, false));

        assertThat(ids(Side.BUY)).containsExactly(2L, 1L);
        assertThat(engine.engine().depth(Side.BUY, 5)).containsExactly(new DepthLevel(of("100.00"), of("4"), 2));
    }

    @Test
    void a_price_that_crosses_trades_at_once_as_a_taker_and_the_rest_rests_at_the_new_price() {
        engine.place(anOrder().id(1).user(1).sell().limit("101.00").quantity("1"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("2"));
        long added = hold(2, "101.00", "2");

        List<EngineEvent> events = engine.amend(2, 2, 10, "101.00", "2", added);

        assertThat(kinds(events)).containsExactly(OrderAmended.class, Trade.class, OrderFilled.class);
        assertThat(trades(events)).extracting(Trade::takerOrderId, Trade::makerOrderId, Trade::price, Trade::quantity,
                Trade::takerFee).containsExactly(tuple(2L, 1L, of("101.00"), of("1"), of("0.101")));
        RestingOrder rest = engine.engine().restingOrder(2).orElseThrow();
        assertThat(rest.price()).isEqualTo(of("101.00"));
        assertThat(rest.remainingQuantity()).isEqualTo(of("1"));
        assertThat(rest.reservedAmount() - rest.consumedAmount()).as("holds what 1 at 101.00 can still use")
                .isEqualTo(of("101.101"));
        assertThat(engine.engine().bestPrice(Side.SELL)).isZero();
    }

    @Test
    void an_amend_that_fills_the_whole_order_ends_it_and_gives_back_what_it_did_not_use() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.50").quantity("5"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("1"));
        long added = hold(2, "101.00", "1");

        List<EngineEvent> events = engine.amend(2, 2, 10, "101.00", "1", added);

        assertThat(kinds(events)).containsExactly(OrderAmended.class, Trade.class, OrderFilled.class);
        // held 101.101 for the rest at 101.00; used 100.50 + 0.1005 fee
        assertThat(events.get(2)).isEqualTo(new OrderFilled(2, 2, of("101.101") - of("100.6005")));
        assertThat(engine.engine().restingOrder(2)).isEmpty();
    }

    @Test
    void a_sell_holds_its_new_quantity_less_what_traded() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00").quantity("2"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").quantity("0.5"));

        assertThat(engine.amend(1, 1, 10, "100.00", "3", of("1"))).containsExactly(
                new OrderAmended(1, 1, 10, of("100.00"), of("3"), of("2.5"), of("3"), of("1"), 0, false));
        assertThat(engine.amend(1, 1, 11, "100.00", "1", 0)).containsExactly(
                new OrderAmended(1, 1, 11, of("100.00"), of("1"), of("0.5"), of("1"), 0, of("2"), true));
    }

    @Test
    void the_new_quantity_is_the_total_and_must_stay_above_what_already_traded() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("2"));
        engine.place(anOrder().id(2).user(2).sell().limit("100.00").quantity("0.5"));
        RestingOrder before = engine.engine().restingOrder(1).orElseThrow();

        assertThat(engine.amend(1, 1, 10, "100.00", "0.5", 7)).containsExactly(
                new AmendRejected(1, 1, 10, MatchResultCode.AMEND_BELOW_FILLED, 7));
        assertThat(engine.engine().restingOrder(1)).contains(before);

        // held 200.20, used 50.00 + 0.025 maker fee: 150.175 left; 0.5 more at 100.00 needs 50.05
        assertThat(engine.amend(1, 1, 11, "100.00", "1", 0)).containsExactly(
                new OrderAmended(1, 1, 11, of("100.00"), of("1"), of("0.5"), of("100.075"), 0, of("100.125"), true));
    }

    @Test
    void an_amend_needing_more_than_was_frozen_for_it_changes_nothing() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("1"));
        RestingOrder before = engine.engine().restingOrder(1).orElseThrow();
        long needed = hold(1, "101.00", "1");

        assertThat(engine.amend(1, 1, 10, "101.00", "1", needed - 2)).containsExactly(
                new AmendRejected(1, 1, 10, MatchResultCode.AMEND_HOLD_SHORT, needed - 2));
        assertThat(engine.engine().restingOrder(1)).contains(before);
    }

    @Test
    void unknown_finished_and_other_users_orders_cannot_be_amended_and_the_added_hold_goes_back() {
        engine.place(anOrder().id(1).user(1).sell().limit("100.00"));
        engine.place(anOrder().id(2).user(2).buy().limit("99.00"));

        assertThat(engine.amend(42, 1, 10, "100.00", "1", 5))
                .containsExactly(new AmendRejected(42, 1, 10, MatchResultCode.ORDER_NOT_FOUND, 5));
        assertThat(engine.amend(1, 2, 11, "100.00", "2", of("1")))
                .containsExactly(new AmendRejected(1, 2, 11, MatchResultCode.ORDER_NOT_FOUND, of("1")));
        engine.place(anOrder().id(3).user(3).buy().limit("100.00"));
        assertThat(engine.amend(1, 1, 12, "100.00", "2", of("1")))
                .as("filled meanwhile").containsExactly(new AmendRejected(1, 1, 12, MatchResultCode.ORDER_NOT_FOUND, of("1")));
        engine.cancel(2, 2);
        assertThat(engine.amend(2, 2, 13, "98.00", "1", 0))
                .as("canceled").containsExactly(new AmendRejected(2, 2, 13, MatchResultCode.ORDER_NOT_FOUND, 0));
    }

    @Test
    void new_terms_are_checked_like_a_new_orders() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00"));

        assertThat(engine.amend(1, 1, 10, "100.005", "1", 0)).extracting(e -> ((AmendRejected) e).reason())
                .containsExactly(MatchResultCode.INVALID_PRICE_TICK);
        assertThat(engine.amend(1, 1, 11, "100.00", "1.0000001", 0)).extracting(e -> ((AmendRejected) e).reason())
                .containsExactly(MatchResultCode.INVALID_QUANTITY_STEP);
        assertThat(engine.amend(1, 1, 12, "0", "1", 0)).extracting(e -> ((AmendRejected) e).reason())
                .containsExactly(MatchResultCode.PRICE_OUT_OF_RANGE);
    }

    @Test
    void a_post_only_order_is_never_moved_to_a_price_that_would_take() {
        engine.place(anOrder().id(1).user(1).sell().limit("101.00"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00").postOnly());

        List<EngineEvent> taking = engine.execute(new AmendOrder(2, 2, 10, of("101.00"), of("1"), of("1.001") + 1, true));
        assertThat(taking).containsExactly(
                new AmendRejected(2, 2, 10, MatchResultCode.POST_ONLY_WOULD_TAKE, of("1.001") + 1));

        List<EngineEvent> closer = engine.execute(new AmendOrder(2, 2, 11, of("100.50"), of("1"), of("0.5005") + 1, true));
        assertThat(kinds(closer)).containsExactly(OrderAmended.class);
        assertThat(engine.engine().bestPrice(Side.BUY)).isEqualTo(of("100.50"));
    }

    @Test
    void an_amend_into_the_users_own_order_expires_like_a_new_taker() {
        engine.place(anOrder().id(1).user(1).sell().limit("101.00"));
        engine.place(anOrder().id(2).user(1).buy().limit("100.00"));

        List<EngineEvent> events = engine.amend(2, 1, 10, "101.00", "1", hold(2, "101.00", "1"));

        assertThat(kinds(events)).containsExactly(OrderAmended.class, OrderCanceled.class);
        assertThat(((OrderCanceled) events.get(1)).reason()).isEqualTo(CancelReason.SELF_TRADE_PREVENTION);
        assertThat(((OrderCanceled) events.get(1)).releasedAmount()).isEqualTo(of("101.101"));
        assertThat(engine.engine().restingOrder(2)).isEmpty();
        assertThat(engine.engine().restingOrder(1)).isPresent();
    }

    @Test
    void the_same_terms_again_change_nothing_and_keep_the_place() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00"));
        engine.place(anOrder().id(2).user(2).buy().limit("100.00"));
        long hashBefore = engine.engine().restingOrders(Side.BUY).hashCode();

        assertThat(engine.amend(1, 1, 10, "100.00", "1", 0)).containsExactly(
                new OrderAmended(1, 1, 10, of("100.00"), of("1"), of("1"), of("100.10"), 0, 0, true));
        assertThat(engine.engine().restingOrders(Side.BUY).hashCode()).isEqualTo(hashBefore);
    }

    @Test
    void a_log_with_amends_replays_to_the_same_book() {
        engine.place(anOrder().id(1).user(1).buy().limit("100.00").quantity("2"));
        engine.place(anOrder().id(2).user(2).sell().limit("100.00").quantity("0.5"));
        engine.amend(1, 1, 10, "101.00", "3", hold(1, "101.00", "3"));
        engine.place(anOrder().id(3).user(3).sell().limit("101.00").quantity("1"));
        engine.amend(1, 1, 11, "101.00", "2", 0);

        MatchingEngine replayed = MatchingEngine.rebuild(TestInstruments.btcUsd(), EngineLimits.DEFAULT, List.of(
                anOrder().id(1).user(1).buy().limit("100.00").quantity("2").build(),
                anOrder().id(2).user(2).sell().limit("100.00").quantity("0.5").build(),
                new AmendOrder(1, 1, 10, of("101.00"), of("3"), hold(of("100.00"), "2", of("0.5"), "101.00", "3"), false),
                anOrder().id(3).user(3).sell().limit("101.00").quantity("1").build(),
                new AmendOrder(1, 1, 11, of("101.00"), of("2"), 0, false)));

        assertThat(replayed.stateHash()).isEqualTo(engine.engine().stateHash());
        assertThat(replayed.restingOrders(Side.BUY)).isEqualTo(engine.engine().restingOrders(Side.BUY));
    }

    /** What the service would freeze for amending a resting BUY {@code orderId} to these terms. */
    private long hold(long orderId, String price, String quantity) {
        RestingOrder o = engine.engine().restingOrder(orderId).orElseThrow();
        return Reservation.forAmend(TestInstruments.btcUsd(), o.side(), o.price(), o.quantity(), o.filledQuantity(),
                of(price), of(quantity));
    }

    private static long hold(long price, String quantity, long filled, String newPrice, String newQuantity) {
        return Reservation.forAmend(TestInstruments.btcUsd(), Side.BUY, price, of(quantity), filled, of(newPrice),
                of(newQuantity));
    }

    private List<Long> ids(Side side) {
        return engine.engine().restingOrders(side).stream().map(RestingOrder::orderId).toList();
    }
}
