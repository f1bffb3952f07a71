package org.opentrade.api.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.page.PageCursorsTest.assertInvalid;

import org.junit.jupiter.api.Test;

/** Windows are [from, to) in epoch ms, 0 unbounded; a closed window (a statement's) needs both ends and a bound. */
class TimeWindowTest {
    static final long DAY_MS = 86_400_000L;

    @Test
    void anOpenWindowMayLeaveEitherSideUnbounded() {
        assertThat(TimeWindow.of(0, 0)).isEqualTo(new TimeWindow(0, 0));
        assertThat(TimeWindow.of(5, 0)).isEqualTo(new TimeWindow(5, 0));
        assertThat(TimeWindow.of(0, 5)).isEqualTo(new TimeWindow(0, 5));
    }

    @Test
    void backwardsEmptyOrNegativeWindowsAreValidationFailures() {
        assertInvalid(() -> TimeWindow.of(5, 5));
        assertInvalid(() -> TimeWindow.of(6, 5));
        assertInvalid(() -> TimeWindow.of(-1, 0));
    }

    @Test
    void aClosedWindowNeedsBothEndsAndAtMostItsSpan() {
        assertThat(TimeWindow.closed(DAY_MS, 367 * DAY_MS, 366 * DAY_MS)).isEqualTo(new TimeWindow(DAY_MS, 367 * DAY_MS));
        assertInvalid(() -> TimeWindow.closed(DAY_MS, 367 * DAY_MS + 1, 366 * DAY_MS));
        assertInvalid(() -> TimeWindow.closed(0, DAY_MS, 366 * DAY_MS));
        assertInvalid(() -> TimeWindow.closed(DAY_MS, 0, 366 * DAY_MS));
        assertInvalid(() -> TimeWindow.closed(2 * DAY_MS, DAY_MS, 366 * DAY_MS));
    }
}
