package org.opentrade.risk.domain.monitoring;

/** Test data: monitoring with one detector switched on, so that a test hears only the rule it specifies. */
final class Rules {
    static final WashTradingRule WASH_OFF = new WashTradingRule(false, 1, 1, Severity.INFO);
    static final CancelToFillRule CANCEL_OFF = new CancelToFillRule(false, 1, 1, 1, Severity.INFO);
    static final VolumeSpikeRule SPIKE_OFF = new VolumeSpikeRule(false, 1, 1, 1, 1, Severity.INFO);
    static final DepositWithdrawalRule DEPOSIT_OFF = new DepositWithdrawalRule(false, 1, 1, Severity.INFO);

    private Rules() {
    }

    static RiskMonitor monitorOf(WashTradingRule rule) {
        return new RiskMonitor(new MonitoringRules(rule, CANCEL_OFF, SPIKE_OFF, DEPOSIT_OFF, 1_000, 1_000));
    }

    static RiskMonitor monitorOf(CancelToFillRule rule) {
        return new RiskMonitor(new MonitoringRules(WASH_OFF, rule, SPIKE_OFF, DEPOSIT_OFF, 1_000, 1_000));
    }

    static RiskMonitor monitorOf(VolumeSpikeRule rule) {
        return new RiskMonitor(new MonitoringRules(WASH_OFF, CANCEL_OFF, rule, DEPOSIT_OFF, 1_000, 1_000));
    }

    static RiskMonitor monitorOf(DepositWithdrawalRule rule) {
        return new RiskMonitor(new MonitoringRules(WASH_OFF, CANCEL_OFF, SPIKE_OFF, rule, 1_000, 1_000));
    }
}
