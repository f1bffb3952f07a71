package org.opentrade.risk.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MonitoringRulesTest {

    @Test
    void theDefaultsAreTheShippedThresholds() {
        MonitoringRules defaults = MonitoringRules.DEFAULTS;

        assertThat(defaults.washTrading()).isEqualTo(new WashTradingRule(true, 60_000, 3, Severity.SEVERE));
        assertThat(defaults.cancelToFill()).isEqualTo(new CancelToFillRule(true, 300_000, 200, 50, Severity.WARNING));
        assertThat(defaults.volumeSpike())
                .isEqualTo(new VolumeSpikeRule(true, 60_000, 30, 20, 1_000_000 * Events.ONE, Severity.WARNING));
        assertThat(defaults.depositWithdrawal())
                .isEqualTo(new DepositWithdrawalRule(true, 1_800_000, 80, Severity.SEVERE));
        assertThat(defaults.usersTrackedMax()).isEqualTo(50_000);
        assertThat(defaults.eventIdsRememberedMax()).isEqualTo(100_000);
    }

    @Test
    void everyBoundIsPositiveAndNamedWhenItIsNot() {
        refused(() -> new WashTradingRule(true, 0, 3, Severity.SEVERE), "windowMs");
        refused(() -> new WashTradingRule(true, 60_000, 0, Severity.SEVERE), "roundTripsMin");
        refused(() -> new CancelToFillRule(true, 60_000, -1, 50, Severity.WARNING), "cancelsMin");
        refused(() -> new CancelToFillRule(true, 60_000, 200, 0, Severity.WARNING), "ratioMin");
        refused(() -> new VolumeSpikeRule(true, 60_000, 30, 0, 1, Severity.WARNING), "factor");
        refused(() -> new VolumeSpikeRule(true, 60_000, 30, 20, 0, Severity.WARNING), "notionalMin");
        refused(() -> new DepositWithdrawalRule(true, 60_000, 0, Severity.SEVERE), "fractionPercent");
        refused(() -> new DepositWithdrawalRule(true, 60_000, 80, null), "severity");
    }

    @Test
    void boundsThatAreMemoryHaveAMaximum() {
        refused(() -> new WashTradingRule(true, 86_400_001, 3, Severity.SEVERE), "windowMs");
        refused(() -> new VolumeSpikeRule(true, 60_000, 1_441, 20, 1, Severity.WARNING), "historyBuckets");
        refused(() -> new DepositWithdrawalRule(true, 60_000, 101, Severity.SEVERE), "fractionPercent");
        MonitoringRules d = MonitoringRules.DEFAULTS;
        refused(() -> new MonitoringRules(d.washTrading(), d.cancelToFill(), d.volumeSpike(), d.depositWithdrawal(),
                500_001, 1), "usersTrackedMax");
        refused(() -> new MonitoringRules(d.washTrading(), d.cancelToFill(), d.volumeSpike(), d.depositWithdrawal(),
                1, 0), "eventIdsRememberedMax");
    }

    private static void refused(Executable construction, String field) {
        assertThatThrownBy(construction::execute).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field);
    }
}
