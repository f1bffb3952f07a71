package org.opentrade.risk.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A window of 60 s kept in 30 slots of 2 s. */
class TimeSlotsTest {
    final TimeSlots window = TimeSlots.window(60_000);

    @Test
    void anEventCountsForTheWindowLessAtMostOneSlot() {
        window.add(1_999, 1);

        assertThat(window.total(59_999)).isEqualTo(1);
        assertThat(window.total(60_000)).as("58.001 s later: the slot of 0-2 s left").isZero();
    }

    @Test
    void anEventNeverCountsLongerThanTheWindow() {
        window.add(0, 1);

        assertThat(window.total(59_999)).isEqualTo(1);
        assertThat(window.total(60_000)).isZero();
    }

    @Test
    void aLateEventCountsWhileItsSlotIsInRangeAndIsDroppedOtherwise() {
        window.add(100_000, 1);
        window.add(50_000, 1);
        window.add(40_000, 1);

        assertThat(window.total(100_000)).isEqualTo(2);
    }

    @Test
    void aLongSilenceClearsEverySlot() {
        window.add(0, 5);
        window.add(30_000, 5);

        assertThat(window.total(1_000_000_000)).isZero();
    }

    @Test
    void aSumPastALongStaysAtTheMaximum() {
        window.add(0, Long.MAX_VALUE);
        window.add(0, 1);
        window.add(2_000, Long.MAX_VALUE);

        assertThat(window.total(2_000)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aWindowThatDoesNotDivideIntoSlotsIsNeverLonger() {
        TimeSlots odd = TimeSlots.window(61);
        odd.add(0, 1);

        assertThat(odd.total(59)).isEqualTo(1);
        assertThat(odd.total(60)).isZero();
    }
}
