package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;
import static org.opentrade.trade.domain.matching.Units.of;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.event.AmendRejected;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAmended;

/**
 * The hold arithmetic of amends: what the service freezes before the engine ({@link Reservation#forAmend}), what a
 * resting order's rest can still consume ({@link Reservation#forRemainder}), and that the first always covers the
 * increase of the second when nothing trades in between, on books built by long random streams.
 */
class AmendHoldTest {

    private final Instrument btcUsd = TestInstruments.btcUsd();

    @Test
    void a_sell_adds_exactly_the_added_quantity_and_nothing_when_it_shrinks() {
        assertThat(Reservation.forAmend(btcUsd, Side.SELL, of("100"), of("2"), of("0.5"), of("90"), of("3.5")))
                .isEqualTo(of("1.5"));
        assertThat(Reservation.forAmend(btcUsd, Side.SELL, of("100"), of("2"), of("0.5"), of("110"), of("1")))
                .isZero();
    }

    @Test
    void a_buy_neither_dearer_nor_larger_needs_nothing_more() {
        assertThat(Reservation.forAmend(btcUsd, Side.BUY, of("100"), of("2"), 0, of("99.99"), of("2"))).isZero();
        assertThat(Reservation.forAmend(btcUsd, Side.BUY, of("100"), of("2"), of("1"), of("100"), of("1.5"))).isZero();
    }

    @Test
    void a_dearer_or_larger_buy_adds_the_growth_of_its_rest_plus_one_unit_for_the_fee_carry() {
        // rest 1 at 100.00 holds 100.10; rest 1 at 101.00 needs 101.101
        assertThat(Reservation.forAmend(btcUsd, Side.BUY, of("100"), of("2"), of("1"), of("101"), of("2")))
                .isEqualTo(of("1.001") + 1);
        // rest 2 at 100.00 -> rest 4 at 100.00
        assertThat(Reservation.forAmend(btcUsd, Side.BUY, of("100"), of("2"), 0, of("100"), of("4")))
                .isEqualTo(of("200.20") + 1);
        // dearer but much smaller: the smaller rest needs less, so nothing beyond the unit is frozen
        assertThat(Reservation.forAmend(btcUsd, Side.BUY, of("100"), of("2"), 0, of("101"), of("1"))).isZero();
    }

    @Test
    void an_amend_to_no_more_than_what_traded_has_no_hold() {
        assertThatThrownBy(() -> Reservation.forAmend(btcUsd, Side.BUY, of("100"), of("2"), of("1"), of("100"), of("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_rest_of_a_buy_needs_its_notional_and_the_growth_of_its_rounded_up_fee() {
        assertThat(Reservation.forRemainder(btcUsd, Side.SELL, of("100"), of("1.5"), 0)).isEqualTo(of("1.5"));
        assertThat(Reservation.forRemainder(btcUsd, Side.BUY, of("100"), of("1.5"), 0))
                .isEqualTo(Reservation.forBuy(btcUsd, of("100"), of("1.5")));
        Instrument awkward = TestInstruments.awkward();
        // notional floor(700 * 300_003 / 1e8) = 2 units; fee 2 * 777 ppm = 1554 ppm of a unit
        assertThat(Reservation.forRemainder(awkward, Side.BUY, 700, 300_003, 0)).isEqualTo(2 + 1);
        // with 999_000 ppm already accrued (and charged as 1), the next 1554 ppm cross a unit: one more
        assertThat(Reservation.forRemainder(awkward, Side.BUY, 700, 300_003, 999_000)).isEqualTo(2 + 1);
        // with 100 ppm accrued (charged as 1) they do not: the fee cannot grow
        assertThat(Reservation.forRemainder(awkward, Side.BUY, 700, 300_003, 100)).isEqualTo(2);
    }

    @Test
    void what_the_service_freezes_covers_what_the_engine_needs_on_random_books() {
        for (Instrument instrument : new Instrument[] {TestInstruments.btcUsd(), TestInstruments.awkward()}) {
            MatchingEngine engine = new MatchingEngine(instrument, EngineLimits.DEFAULT);
            RandomCommands commands = instrument.symbol().equals("BTC-USD") ? RandomCommands.btcUsd(77)
                    : RandomCommands.awkward(77);
            EngineLive live = new EngineLive(engine);
            SplittableRandom random = new SplittableRandom(78);
            int amended = 0;
            for (int step = 0; step < 10_000; step++) {
                engine.execute(commands.next(live));
                RestingOrder target = live.pick(random);
                if (target != null && amendAsTheServiceWould(engine, instrument, target, random, step)) {
                    amended++;
                }
            }
            assertThat(amended).as(instrument.symbol() + " amends applied").isGreaterThan(7_000);
        }
    }

    /** Amends {@code target} to random terms with the hold the service computes; the engine must never find it short. */
    private static boolean amendAsTheServiceWould(MatchingEngine engine, Instrument instrument, RestingOrder target,
                                                  SplittableRandom random, int step) {
        long tick = instrument.priceTick();
        long stepQ = instrument.quantityStep();
        long price = Math.max(tick, target.price() + tick * random.nextLong(-20, 21));
        long quantity = target.filledQuantity() + stepQ * random.nextLong(1, 400);
        long hold = Reservation.forAmend(instrument, target.side(), target.price(), target.quantity(),
                target.filledQuantity(), price, quantity);
        EngineEvent first = engine.execute(new AmendOrder(target.orderId(), target.userId(), 1_000_000_000L + step,
                price, quantity, hold, false)).events().get(0);
        BookInvariants.check(engine);
        if (first instanceof AmendRejected rejected) {
            assertThat(rejected.reason()).as("step " + step + ": " + target).isNotEqualTo(MatchResultCode.AMEND_HOLD_SHORT);
            return false;
        }
        OrderAmended amended = (OrderAmended) first;
        assertThat(amended.releasedAmount()).as("released").isNotNegative();
        assertThat(amended.reservedAmount() - target.consumedAmount()).as("holds exactly what its rest can use")
                .isEqualTo(Reservation.forRemainder(instrument, target.side(), price, quantity - target.filledQuantity(),
                        target.feeCarryPpm()));
        return true;
    }
}
