package org.opentrade.risk.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Buckets of a minute, three of history, twice the average and at least 50 (quote units). */
class VolumeSpikeTest {
    static final long MINUTE_MS = 60_000;
    static final long USER = 7;
    static final long OTHER = 9;

    final Events events = new Events();
    final RiskMonitor monitor = Rules.monitorOf(new VolumeSpikeRule(true, MINUTE_MS, 3, 2, 50 * Events.ONE,
            Severity.WARNING));

    private List<Alert> traded(long minute, long notional) {
        return monitor.observe(events.tradeOfNotional(minute * MINUTE_MS, USER, OTHER, notional));
    }

    private void history(long... notionalPerMinute) {
        for (int minute = 0; minute < notionalPerMinute.length; minute++) {
            if (notionalPerMinute[minute] > 0) {
                traded(minute, notionalPerMinute[minute]);
            }
        }
    }

    @Test
    void fluctuationsBelowTheThresholdsAreUnremarkable() {
        assertThat(traded(0, 49)).as("a quiet user's first trades, below the minimum").isEmpty();
        history(0, 41, 0);
        assertThat(traded(3, 59)).as("just under twice the average of (49 + 41 + 0) / 3").isEmpty();
        assertThat(traded(3, 1)).hasSize(2);
    }

    @Test
    void aBucketAtTwiceTheAverageOfTheHistoryAlertsBothUsers() {
        history(100, 100, 100);
        assertThat(traded(3, 199)).isEmpty();

        List<Alert> alerts = traded(3, 1);

        assertThat(alerts).extracting(Alert::userId).containsExactly(USER, OTHER);
        assertThat(alerts.get(0)).satisfies(alert -> {
            assertThat(alert.rule()).isEqualTo("volumeSpike");
            assertThat(alert.severity()).isEqualTo(Severity.WARNING);
            assertThat(alert.timeMs()).isEqualTo(3 * MINUTE_MS);
            assertThat(alert.evidence()).contains("user 7 traded 200 notional on BTC-USD in a 60 s bucket",
                    "average of 100 over the 3 buckets before", "2x the average and 50");
        });
    }

    @Test
    void bucketsWithoutTradesCountAsZero() {
        history(300, 0, 0);

        assertThat(traded(3, 199)).isEmpty();
        assertThat(traded(3, 1)).hasSize(2);
    }

    @Test
    void theMinimumHoldsBackASpikeFromNothing() {
        assertThat(traded(0, 49)).isEmpty();
        assertThat(traded(1, 1_000)).as("49 spread over 3 buckets: 1000 is far above twice the average").hasSize(2);
    }

    @Test
    void bucketsOlderThanTheHistoryAreForgotten() {
        history(10_000, 0, 0, 0);

        assertThat(traded(4, 50)).hasSize(2);
    }

    @Test
    void aBucketAlertsAtMostOnceAndTheNextBucketMayAlertAgain() {
        assertThat(traded(0, 50)).hasSize(2);
        assertThat(traded(0, 1_000)).isEmpty();

        assertThat(traded(1, 699)).as("just under twice the average of 1050 / 3").isEmpty();
        assertThat(traded(2, 2_000)).hasSize(2);
    }

    @Test
    void aLateTradeCountsTowardsItsBucketWithoutBeingJudged() {
        history(100, 100, 100);
        traded(4, 1);

        assertThat(traded(3, 10_000)).isEmpty();
        assertThat(traded(4, 1)).as("the late 10000 is now history").isEmpty();
    }

    @Test
    void eachSymbolIsJudgedOnItsOwn() {
        history(100, 100, 100);

        List<Alert> alerts = monitor.observe(new TradeSeen("eth", "ETH-USD", "t", Events.ONE, Events.ONE,
                50 * Events.ONE, USER, OTHER, 3 * MINUTE_MS));

        assertThat(alerts).hasSize(2);
    }

    @Test
    void itsMemoryIsBoundedByUsersAndSymbolsAndForgetsIdleOnes() {
        var rule = new VolumeSpikeRule(true, MINUTE_MS, 3, 2, 50 * Events.ONE, Severity.WARNING);
        var detector = new VolumeSpikeDetector(rule, 100);
        for (long user = 1; user <= 1_000; user += 2) {
            detector.observe(events.tradeOfNotional(user, user, user + 1, 1));
        }
        assertThat(detector.keysTracked()).isEqualTo(100);

        detector.observe(events.tradeOfNotional(1_000 + 4 * MINUTE_MS + 1, USER, USER, 1));

        assertThat(detector.keysTracked()).isEqualTo(1);
    }
}
