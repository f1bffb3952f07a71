package org.opentrade.risk.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CancelToFillTest {
    static final long WINDOW_MS = 300_000;
    static final long USER = 7;
    static final long OTHER = 9;

    final Events events = new Events();
    final RiskMonitor monitor = Rules.monitorOf(new CancelToFillRule(true, WINDOW_MS, 5, 3, Severity.WARNING));

    /** The alerts of {@code count} cancels of {@link #USER} at {@code timeMs}. */
    private List<Alert> cancels(int count, long timeMs) {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            alerts.addAll(monitor.observe(events.cancel(timeMs, USER)));
        }
        return alerts;
    }

    @Test
    void withoutFillsTheCancelsMinimumDecides() {
        assertThat(cancels(4, 0)).isEmpty();

        List<Alert> alerts = cancels(1, 1_000);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("cancelToFill");
            assertThat(alert.userId()).isEqualTo(USER);
            assertThat(alert.severity()).isEqualTo(Severity.WARNING);
            assertThat(alert.timeMs()).isEqualTo(1_000);
            assertThat(alert.eventId()).isEqualTo("event-5");
            assertThat(alert.evidence()).contains("user 7 canceled 5 orders and had 0 fills within 300 s",
                    "5 cancels, 3 cancels per fill");
        });
    }

    @Test
    void withFillsTheRatioDecides() {
        monitor.observe(events.trade(0, USER, OTHER));
        monitor.observe(events.trade(0, OTHER, USER));

        assertThat(cancels(5, 0)).as("5 cancels per 2 fills is below 3 per fill").isEmpty();
        assertThat(cancels(1, 0)).singleElement().extracting(Alert::userId).isEqualTo(USER);
    }

    @Test
    void aSelfTradeIsOneFill() {
        monitor.observe(events.trade(0, USER, USER));
        monitor.observe(events.trade(0, USER, OTHER));

        assertThat(cancels(5, 0)).isEmpty();
        assertThat(cancels(1, 0)).hasSize(1);
    }

    @Test
    void cancelsOlderThanTheWindowNoLongerCount() {
        cancels(4, 0);

        assertThat(cancels(1, WINDOW_MS)).isEmpty();
        assertThat(cancels(3, WINDOW_MS)).isEmpty();
        assertThat(cancels(1, WINDOW_MS)).hasSize(1);
    }

    @Test
    void aUserIsReportedAtMostOncePerWindow() {
        assertThat(cancels(5, 0)).hasSize(1);

        assertThat(cancels(100, WINDOW_MS - 1)).isEmpty();
        assertThat(cancels(100, WINDOW_MS)).singleElement().extracting(Alert::eventId).isEqualTo("event-106");
    }

    @Test
    void eachUserIsCountedOnItsOwn() {
        cancels(4, 0);

        assertThat(monitor.observe(events.cancel(0, OTHER))).isEmpty();
    }

    @Test
    void itsMemoryIsBoundedByUsersAndForgetsIdleUsers() {
        var detector = new CancelToFillDetector(new CancelToFillRule(true, WINDOW_MS, 5, 3, Severity.WARNING), 100);
        for (long user = 1; user <= 1_000; user++) {
            detector.observe(events.cancel(user, user));
        }
        assertThat(detector.usersTracked()).isEqualTo(100);

        detector.observe(events.cancel(1_000 + WINDOW_MS + 1, USER));

        assertThat(detector.usersTracked()).isEqualTo(1);
    }
}
