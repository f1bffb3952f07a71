package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.matching.command.EngineCommand;

/** A restored snapshot is the same engine: same hash at once, and the same events and hashes for what follows. */
class SnapshotTest {

    private static final int BEFORE = 15_000;
    private static final int AFTER = 15_000;

    @Test
    void anEngineRestoredFromASnapshotBehavesExactlyLikeTheOriginal() {
        for (long seed : new long[] {5, 6}) {
            MatchingEngine original = new MatchingEngine(TestInstruments.btcUsd(), EngineLimits.DEFAULT);
            RandomCommands generator = RandomCommands.btcUsd(seed);
            EngineLive live = new EngineLive(original);
            for (int i = 0; i < BEFORE; i++) {
                original.execute(generator.next(live));
            }
            EngineSnapshot snapshot = original.snapshot();
            assertThat(snapshot.orders()).hasSize(original.restingOrderCount()).isNotEmpty();

            MatchingEngine restored = MatchingEngine.restore(TestInstruments.btcUsd(), EngineLimits.DEFAULT, snapshot);
            assertThat(restored.stateHash()).isEqualTo(original.stateHash());
            assertThat(restored.lastSequence()).isEqualTo(BEFORE);

            List<EngineCommand> next = new ArrayList<>();
            for (int i = 0; i < AFTER; i++) {
                next.add(generator.next(live));
                assertThat(restored.execute(next.get(i))).isEqualTo(original.execute(next.get(i)));
                assertThat(restored.stateHash()).isEqualTo(original.stateHash());
            }
            BookInvariants.check(restored);
        }
    }

    @Test
    void aSnapshotThatDoesNotMatchItsHashIsRefused() {
        MatchingEngine engine = new MatchingEngine(TestInstruments.btcUsd(), EngineLimits.DEFAULT);
        engine.execute(OrderBuilder.anOrder().id(1).user(1).sell().limit("100.00").quantity("1").build());
        EngineSnapshot good = engine.snapshot();
        EngineSnapshot tampered = new EngineSnapshot(good.lastSequence(), good.lastTradeId() + 1, good.stateHash(),
                good.orders());
        assertThatThrownBy(() -> MatchingEngine.restore(TestInstruments.btcUsd(), EngineLimits.DEFAULT, tampered))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
