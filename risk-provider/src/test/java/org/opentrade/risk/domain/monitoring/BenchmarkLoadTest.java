package org.opentrade.risk.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.risk.domain.monitoring.Events.ONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The shipped thresholds against the load benchmark's trading (benchmarks/ScenarioCatalog): LIMIT orders of 0.001
 * BTC-USD at 30000 crossing each other at 1,000 orders/s (about 500 trades/s) for five minutes, after a deposit each.
 */
class BenchmarkLoadTest {
    static final long TRADES_PER_SECOND = 500;
    static final long DURATION_MS = 300_000;
    static final long PRICE = 30_000 * ONE;
    static final long QUANTITY = ONE / 1_000;
    static final long NOTIONAL = 30 * ONE;

    final Random random = new Random(42);

    /** crossing-16 / crossing-64: every user alternates BUY and SELL, so any two of them trade both ways. */
    private List<MonitoredEvent> crossing(int users) {
        List<MonitoredEvent> stream = deposits(users);
        for (long i = 0; i < TRADES_PER_SECOND * DURATION_MS / 1_000; i++) {
            long buyer = 1 + random.nextInt(users);
            long seller = 1 + (buyer + random.nextInt(users - 1)) % users;
            stream.add(trade(i, buyer, seller));
        }
        return stream;
    }

    /** hot-pair: user 1 always buys, user 2 always sells. */
    private List<MonitoredEvent> hotPair() {
        List<MonitoredEvent> stream = deposits(2);
        for (long i = 0; i < TRADES_PER_SECOND * DURATION_MS / 1_000; i++) {
            stream.add(trade(i, 1, 2));
        }
        return stream;
    }

    private static List<MonitoredEvent> deposits(int users) {
        List<MonitoredEvent> stream = new ArrayList<>();
        for (long user = 1; user <= users; user++) {
            stream.add(new DepositSeen("deposit-" + user, user, "USD", 1_000_000 * ONE, 0));
        }
        return stream;
    }

    private static TradeSeen trade(long i, long buyer, long seller) {
        return new TradeSeen("trade-" + i, "BTC-USD", "BTC-USD-" + i, PRICE, QUANTITY, NOTIONAL, buyer, seller,
                1 + i * 1_000 / TRADES_PER_SECOND);
    }

    private static MonitoringRules shippedWithoutWashTrading() {
        MonitoringRules shipped = MonitoringRules.DEFAULTS;
        WashTradingRule wash = shipped.washTrading();
        return new MonitoringRules(new WashTradingRule(false, wash.windowMs(), wash.roundTripsMin(), wash.severity()),
                shipped.cancelToFill(), shipped.volumeSpike(), shipped.depositWithdrawal(), shipped.usersTrackedMax(),
                shipped.eventIdsRememberedMax());
    }

    @Test
    void theCrossingBenchmarkIsWashTradingToTheShippedRules() {
        List<Alert> alerts = RiskMonitorTest.alertsOf(new RiskMonitor(MonitoringRules.DEFAULTS), crossing(16));

        assertThat(alerts).isNotEmpty().extracting(Alert::rule).containsOnly("washTrading");
    }

    @Test
    void withWashTradingSwitchedOffTheCrossingBenchmarksStayQuiet() {
        assertThat(RiskMonitorTest.alertsOf(new RiskMonitor(shippedWithoutWashTrading()), crossing(16))).isEmpty();
        assertThat(RiskMonitorTest.alertsOf(new RiskMonitor(shippedWithoutWashTrading()), crossing(64))).isEmpty();
    }

    @Test
    void theHotPairTradesOneWayAndStaysQuietUnderTheShippedRules() {
        // 500 trades/s of 30 is 900000 a minute for each of the two users: 10 % under the volume spike's minimum
        assertThat(RiskMonitorTest.alertsOf(new RiskMonitor(MonitoringRules.DEFAULTS), hotPair())).isEmpty();
    }
}
