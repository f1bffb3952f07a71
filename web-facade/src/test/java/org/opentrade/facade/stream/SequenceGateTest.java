package org.opentrade.facade.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequenceGateTest {

    @Test
    void onlyAHigherSequencePassesPerKey() {
        SequenceGate gate = new SequenceGate(10);
        assertThat(gate.advance("o1", 5)).isTrue();
        assertThat(gate.advance("o1", 5)).as("the same event again").isFalse();
        assertThat(gate.advance("o1", 4)).as("an older state").isFalse();
        assertThat(gate.advance("o2", 1)).as("another key").isTrue();
        assertThat(gate.advance("o1", 6)).isTrue();
    }

    @Test
    void memoryIsBoundedAndTheLeastRecentlyUsedKeyIsForgotten() {
        SequenceGate gate = new SequenceGate(3);
        gate.advance("a", 1);
        gate.advance("b", 1);
        gate.advance("c", 1);
        gate.advance("a", 2); // a is now the most recently used
        gate.advance("d", 1); // evicts b
        assertThat(gate.size()).isEqualTo(3);
        assertThat(gate.advance("a", 2)).isFalse();
        assertThat(gate.advance("b", 1)).as("b was forgotten").isTrue();
    }

    @Test
    void firstSeenIsTrueOnce() {
        SequenceGate gate = new SequenceGate(2);
        assertThat(gate.firstSeen("BTC-USD-1")).isTrue();
        assertThat(gate.firstSeen("BTC-USD-1")).isFalse();
    }
}
