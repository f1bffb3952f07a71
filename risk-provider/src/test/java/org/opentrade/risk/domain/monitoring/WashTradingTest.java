package org.opentrade.risk.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.risk.domain.monitoring.Events.PRICE;

import java.util.List;

import org.junit.jupiter.api.Test;

class WashTradingTest {
    static final long WINDOW_MS = 60_000;
    static final long A = 7;
    static final long B = 9;

    final Events events = new Events();
    final RiskMonitor monitor = Rules.monitorOf(new WashTradingRule(true, WINDOW_MS, 3, Severity.SEVERE));

    /** A buys from B, then B buys from A, at one price. */
    private List<Alert> roundTrip(long timeMs) {
        List<Alert> first = monitor.observe(events.trade(timeMs, A, B));
        assertThat(first).isEmpty();
        return monitor.observe(events.trade(timeMs + 1, B, A));
    }

    @Test
    void theThirdRoundTripAtOnePriceAlertsBothUsers() {
        assertThat(roundTrip(0)).isEmpty();
        assertThat(roundTrip(1_000)).isEmpty();

        List<Alert> alerts = roundTrip(2_000);

        assertThat(alerts).extracting(Alert::userId).containsExactly(A, B);
        assertThat(alerts).allSatisfy(alert -> {
            assertThat(alert.rule()).isEqualTo("washTrading");
            assertThat(alert.severity()).isEqualTo(Severity.SEVERE);
            assertThat(alert.timeMs()).isEqualTo(2_001);
            assertThat(alert.evidence()).contains("3 round trips between users 7 and 9 on BTC-USD at 30000",
                    "7 bought 3 times, 9 bought 3 times", "within 60 s");
        });
        assertThat(alerts.get(0).eventId()).isEqualTo(alerts.get(1).eventId()).isEqualTo("event-6");
    }

    @Test
    void tradesInOneDirectionOnlyAreNoRoundTrips() {
        for (int i = 0; i < 10; i++) {
            assertThat(monitor.observe(events.trade(i, A, B))).isEmpty();
        }
        assertThat(monitor.observe(events.trade(10, B, A))).isEmpty();
    }

    @Test
    void aRoundTripIsAtOnePrice() {
        for (int i = 0; i < 3; i++) {
            assertThat(monitor.observe(events.trade(i, A, B, PRICE))).isEmpty();
            assertThat(monitor.observe(events.trade(i, B, A, PRICE + 1))).isEmpty();
        }
    }

    @Test
    void aSelfTradeIsARoundTripOnItsOwnAndAlertsItsUserOnce() {
        assertThat(monitor.observe(events.trade(0, A, A))).isEmpty();
        assertThat(monitor.observe(events.trade(1, A, A))).isEmpty();

        List<Alert> alerts = monitor.observe(events.trade(2, A, A));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.userId()).isEqualTo(A);
            assertThat(alert.evidence()).contains("user 7 traded with itself 3 times");
        });
    }

    @Test
    void roundTripsOlderThanTheWindowNoLongerCount() {
        roundTrip(0);
        roundTrip(1_000);

        assertThat(roundTrip(WINDOW_MS + 1_000)).isEmpty();
    }

    @Test
    void aPairThatKeepsGoingIsReportedOncePerWindow() {
        roundTrip(0);
        roundTrip(1_000);
        assertThat(roundTrip(2_000)).hasSize(2);
        for (long t = 3_000; t < 2_000 + WINDOW_MS; t += 1_000) {
            assertThat(roundTrip(t)).isEmpty();
        }

        // the second trade lands at the first alert's time plus the window
        assertThat(roundTrip(2_000 + WINDOW_MS)).hasSize(2);
    }

    @Test
    void eachPairIsCountedOnItsOwn() {
        roundTrip(0);
        roundTrip(1);
        monitor.observe(events.trade(2, A, 11));

        assertThat(monitor.observe(events.trade(3, 11, A))).isEmpty();
    }

    @Test
    void itsMemoryIsBoundedByPairsAndForgetsIdlePairs() {
        var detector = new WashTradingDetector(new WashTradingRule(true, WINDOW_MS, 3, Severity.SEVERE), 100);
        for (long user = 1; user <= 1_000; user++) {
            detector.observe(events.trade(user, user, user + 1));
        }
        assertThat(detector.pairsTracked()).isEqualTo(100);

        detector.observe(events.trade(1_000 + WINDOW_MS + 1, A, B));

        assertThat(detector.pairsTracked()).isEqualTo(1);
    }
}
