package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.LongFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.event.AmendRejected;
import org.opentrade.trade.domain.matching.event.OrderAmended;
import org.opentrade.trade.domain.matching.event.OrderCanceled;
import org.opentrade.trade.domain.matching.event.OrderRejected;

/**
 * The engine against {@link ReferenceBook} on long seeded random command streams. After every
 * step: identical events, identical resting orders, book invariants, and the ledger model's
 * conservation checks. A failure names the seed; rerun one with {@code -Dengine.seed=<seed>}.
 */
class RandomizedEngineTest {

    private static final int OPERATIONS = 100_000;

    static Stream<Arguments> streams() {
        return Stream.of(
                Arguments.of("BTC-USD", TestInstruments.btcUsd(), (LongFunction<RandomCommands>) RandomCommands::btcUsd, 20240501L),
                Arguments.of("awkward rounding", TestInstruments.awkward(),
                        (LongFunction<RandomCommands>) RandomCommands::awkward, 31337L));
    }

    @ParameterizedTest(name = "{0}, seed {3}")
    @MethodSource("streams")
    void the_engine_matches_the_reference_model_step_by_step(String name, Instrument instrument,
                                                            LongFunction<RandomCommands> commands, long seed) {
        Summary summary = run(instrument, commands.apply(seed), seed, OPERATIONS);

        assertThat(summary.trades()).as("the stream must actually trade").isGreaterThan(OPERATIONS / 10);
        assertThat(summary.selfTradeStops()).as("and exercise self-trade prevention").isPositive();
        assertThat(summary.amendsInPlace()).as("amends that keep their place").isGreaterThan(OPERATIONS / 100);
        assertThat(summary.amendsMoved()).as("amends that move the order").isGreaterThan(OPERATIONS / 100);
        assertThat(summary.amendsShort()).as("amends refused for a short hold").isPositive();
    }

    /** An extra run with a seed of your choice or from the clock: {@code -Dengine.seed=123}. */
    @Test
    void a_fresh_seed_holds_too() {
        long seed = Long.getLong("engine.seed", System.nanoTime());
        run(TestInstruments.btcUsd(), RandomCommands.btcUsd(seed), seed, 20_000);
    }

    record Summary(long trades, long selfTradeStops, int restingMax, long rejections, long amendsInPlace,
                   long amendsMoved, long amendsShort) {
    }

    static Summary run(Instrument instrument, RandomCommands commands, long seed, int operations) {
        MatchingEngine engine = new MatchingEngine(instrument, EngineLimits.DEFAULT);
        ReferenceBook reference = new ReferenceBook(instrument, EngineLimits.DEFAULT);
        LedgerModel ledger = new LedgerModel();
        long selfTradeStops = 0;
        long rejections = 0;
        int restingMax = 0;
        long[] amends = new long[3];
        for (int step = 0; step < operations; step++) {
            EngineCommand command = commands.next(reference);
            try {
                ExecutionResult actual = engine.execute(command);
                ExecutionResult expected = reference.execute(command);
                assertThat(actual).as("events").isEqualTo(expected);
                BookInvariants.check(engine);
                assertThat(engine.restingOrders(Side.BUY)).as("bids").isEqualTo(reference.snapshot(Side.BUY));
                assertThat(engine.restingOrders(Side.SELL)).as("asks").isEqualTo(reference.snapshot(Side.SELL));
                ledger.apply(actual.events());
                assertThat(ledger.openOrders()).as("open orders").isEqualTo(engine.restingOrderCount());
                if (step % 100 == 0 || step == operations - 1) {
                    ledger.check();
                }
                selfTradeStops += actual.events().stream().filter(e -> e instanceof OrderCanceled c
                        && c.reason() == CancelReason.SELF_TRADE_PREVENTION).count();
                rejections += actual.events().stream().filter(e -> e instanceof OrderRejected).count();
                restingMax = Math.max(restingMax, engine.restingOrderCount());
                countAmends(actual, amends);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("seed " + seed + ", step " + step + ", command " + command
                        + " (rerun: -Dengine.seed=" + seed + ")", failure);
            }
        }
        Summary summary = new Summary(engine.lastTradeId(), selfTradeStops, restingMax, rejections, amends[0],
                amends[1], amends[2]);
        System.out.printf("%s seed %d: %d operations, %s%n", instrument.symbol(), seed, operations, summary);
        return summary;
    }

    /** [kept their place, moved, refused for a short hold]. */
    private static void countAmends(ExecutionResult result, long[] amends) {
        result.events().forEach(e -> {
            if (e instanceof OrderAmended a) {
                amends[a.priorityKept() ? 0 : 1]++;
            } else if (e instanceof AmendRejected r && r.reason() == MatchResultCode.AMEND_HOLD_SHORT) {
                amends[2]++;
            }
        });
    }
}
