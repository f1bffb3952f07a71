package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.EngineCommand;

/**
 * Recovery rests on determinism: the same commands give the same events and the same state
 * hash, whether executed live, executed again on a fresh engine, or replayed from a log.
 */
class DeterminismTest {

    private static final Instrument INSTRUMENT = TestInstruments.btcUsd();
    private static final int OPERATIONS = 20_000;

    /** A command log as a live engine saw it, with the state hash after every command. */
    private record Recording(List<EngineCommand> commands, List<ExecutionResult> results, long[] hashes) {
    }

    private static Recording record(long seed) {
        MatchingEngine engine = new MatchingEngine(INSTRUMENT, EngineLimits.DEFAULT);
        RandomCommands generator = RandomCommands.btcUsd(seed);
        EngineLive live = new EngineLive(engine);
        List<EngineCommand> commands = new ArrayList<>();
        List<ExecutionResult> results = new ArrayList<>();
        long[] hashes = new long[OPERATIONS];
        for (int i = 0; i < OPERATIONS; i++) {
            EngineCommand command = generator.next(live);
            commands.add(command);
            results.add(engine.execute(command));
            hashes[i] = engine.stateHash();
        }
        return new Recording(commands, results, hashes);
    }

    @Test
    void the_same_commands_on_a_fresh_engine_give_the_same_events_and_hashes() {
        Recording original = record(42);
        MatchingEngine again = new MatchingEngine(INSTRUMENT, EngineLimits.DEFAULT);

        for (int i = 0; i < OPERATIONS; i++) {
            assertThat(again.execute(original.commands().get(i))).isEqualTo(original.results().get(i));
            assertThat(again.stateHash()).as("hash after command %d", i).isEqualTo(original.hashes()[i]);
        }
    }

    @Test
    void replaying_the_log_equals_executing_it_one_by_one() {
        Recording original = record(43);

        MatchingEngine replayed = new MatchingEngine(INSTRUMENT, EngineLimits.DEFAULT);
        List<ExecutionResult> results = replayed.replay(original.commands());

        assertThat(results).isEqualTo(original.results());
        assertThat(replayed.stateHash()).isEqualTo(original.hashes()[OPERATIONS - 1]);
        assertThat(replayed.lastSequence()).isEqualTo(OPERATIONS);
    }

    @Test
    void rebuilding_from_any_prefix_of_the_log_reproduces_the_hash_at_that_point() {
        Recording original = record(44);
        SplittableRandom random = new SplittableRandom(44);

        for (int i = 0; i < 20; i++) {
            int prefix = 1 + random.nextInt(OPERATIONS);
            MatchingEngine rebuilt = MatchingEngine.rebuild(INSTRUMENT, EngineLimits.DEFAULT,
                    original.commands().subList(0, prefix));
            assertThat(rebuilt.stateHash()).as("hash after %d commands", prefix).isEqualTo(original.hashes()[prefix - 1]);
        }
    }

    @Test
    void the_hash_tells_apart_books_that_differ_in_one_order() {
        MatchingEngine a = new MatchingEngine(INSTRUMENT, EngineLimits.DEFAULT);
        MatchingEngine b = new MatchingEngine(INSTRUMENT, EngineLimits.DEFAULT);
        a.execute(OrderBuilder.anOrder().id(1).limit("100.00").quantity("1").build());
        b.execute(OrderBuilder.anOrder().id(1).limit("100.00").quantity("1.000001").build());

        assertThat(a.stateHash()).isNotEqualTo(b.stateHash());
        assertThat(new MatchingEngine(INSTRUMENT, EngineLimits.DEFAULT).stateHash())
                .isEqualTo(new MatchingEngine(INSTRUMENT, EngineLimits.DEFAULT).stateHash());
    }
}
