package org.opentrade.risk.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.risk.domain.monitoring.Events.ONE;

import org.junit.jupiter.api.Test;

/** A window of 30 minutes, 80 % of the deposit. */
class DepositWithdrawalTest {
    static final long WINDOW_MS = 1_800_000;
    static final long USER = 7;
    static final long OTHER = 9;

    final Events events = new Events();
    final RiskMonitor monitor = Rules.monitorOf(new DepositWithdrawalRule(true, WINDOW_MS, 80, Severity.SEVERE));

    @Test
    void withdrawingEightyPercentOfAnUntradedDepositAlerts() {
        monitor.observe(events.deposit(0, USER, "BTC", 10 * ONE));

        assertThat(monitor.observe(events.withdrawal(120_000, USER, "BTC", 8 * ONE)))
                .singleElement().satisfies(alert -> {
                    assertThat(alert.rule()).isEqualTo("depositWithdrawal");
                    assertThat(alert.userId()).isEqualTo(USER);
                    assertThat(alert.severity()).isEqualTo(Severity.SEVERE);
                    assertThat(alert.eventId()).isEqualTo("event-2");
                    assertThat(alert.timeMs()).isEqualTo(120_000);
                    assertThat(alert.evidence()).contains("user 7 asked to withdraw 8 BTC 120 s after depositing "
                            + "10 BTC (deposit event event-1)", "80 % within 1800 s");
                });
    }

    @Test
    void aWithdrawalJustUnderTheFractionIsUnremarkable() {
        monitor.observe(events.deposit(0, USER, "BTC", 10 * ONE));

        assertThat(monitor.observe(events.withdrawal(1, USER, "BTC", 8 * ONE - 1))).isEmpty();
    }

    @Test
    void aTradeAfterTheDepositClearsIt() {
        monitor.observe(events.deposit(0, USER, "USD", 10_000 * ONE));
        monitor.observe(events.trade(0, OTHER, USER));

        assertThat(monitor.observe(events.withdrawal(1, USER, "USD", 10_000 * ONE))).isEmpty();
    }

    @Test
    void aTradeBeforeTheDepositDoesNotClearIt() {
        monitor.observe(events.trade(0, USER, OTHER));
        monitor.observe(events.deposit(1, USER, "USD", 10_000 * ONE));

        assertThat(monitor.observe(events.withdrawal(2, USER, "USD", 10_000 * ONE))).hasSize(1);
    }

    @Test
    void theWindowEndsAfterItsLength() {
        monitor.observe(events.deposit(0, USER, "BTC", ONE));
        monitor.observe(events.deposit(1, USER, "BTC", ONE));

        assertThat(monitor.observe(events.withdrawal(WINDOW_MS, USER, "BTC", ONE))).as("the second").hasSize(1);
        assertThat(monitor.observe(events.withdrawal(WINDOW_MS + 1, USER, "BTC", ONE))).as("the first: too late")
                .isEmpty();
    }

    @Test
    void anotherAssetIsAnotherDeposit() {
        monitor.observe(events.deposit(0, USER, "BTC", ONE));

        assertThat(monitor.observe(events.withdrawal(1, USER, "ETH", ONE))).isEmpty();
        assertThat(monitor.observe(events.withdrawal(1, OTHER, "BTC", ONE))).isEmpty();
    }

    @Test
    void aDepositMakesAtMostOneAlert() {
        monitor.observe(events.deposit(0, USER, "BTC", 10 * ONE));

        assertThat(monitor.observe(events.withdrawal(1, USER, "BTC", 8 * ONE))).hasSize(1);
        assertThat(monitor.observe(events.withdrawal(2, USER, "BTC", 8 * ONE))).isEmpty();
    }

    @Test
    void aWithdrawalIsMatchedWithTheNewestDepositItIsLargeEnoughFor() {
        monitor.observe(events.deposit(0, USER, "BTC", 2 * ONE));
        monitor.observe(events.deposit(1, USER, "BTC", 100 * ONE));

        assertThat(monitor.observe(events.withdrawal(2, USER, "BTC", 2 * ONE)))
                .singleElement().extracting(Alert::evidence).asString().contains("after depositing 2 BTC");
        assertThat(monitor.observe(events.withdrawal(3, USER, "BTC", 2 * ONE))).isEmpty();
    }

    @Test
    void amountsNearTheLimitOfALongCompareExactly() {
        monitor.observe(events.deposit(0, USER, "USD", Long.MAX_VALUE));

        assertThat(monitor.observe(events.withdrawal(1, USER, "USD", Long.MAX_VALUE / 100 * 80 - 1))).isEmpty();
        assertThat(monitor.observe(events.withdrawal(1, USER, "USD", Long.MAX_VALUE / 100 * 80 + 80))).hasSize(1);
    }

    @Test
    void itsMemoryIsBoundedByUsersAndDepositsAndForgetsIdleUsers() {
        var detector = new DepositWithdrawalDetector(new DepositWithdrawalRule(true, WINDOW_MS, 80, Severity.SEVERE),
                100);
        for (long user = 1; user <= 1_000; user++) {
            detector.observe(events.deposit(user, user, "BTC", ONE));
        }
        for (int i = 0; i < 1_000; i++) {
            detector.observe(events.deposit(1_000, USER, "BTC", ONE));
        }
        assertThat(detector.usersTracked()).isEqualTo(100);
        int alerts = 0;
        for (int i = 0; i < 1_000; i++) {
            alerts += detector.observe(events.withdrawal(1_001, USER, "BTC", ONE)).size();
        }
        assertThat(alerts).isEqualTo(DepositWithdrawalDetector.DEPOSITS_PER_USER_MAX);

        detector.observe(events.deposit(1_001 + WINDOW_MS + 1, OTHER, "BTC", ONE));

        assertThat(detector.usersTracked()).isEqualTo(1);
    }
}
