package org.opentrade.risk.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.risk.domain.monitoring.Events.ONE;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RiskMonitorTest {
    static final long A = 7;
    static final long B = 9;

    final Events events = new Events();

    @Test
    void aRedeliveredEventMakesNoSecondAlert() {
        RiskMonitor monitor = Rules.monitorOf(new DepositWithdrawalRule(true, 60_000, 80, Severity.SEVERE));
        monitor.observe(events.deposit(0, A, "BTC", ONE));
        monitor.observe(events.deposit(0, A, "BTC", ONE));
        WithdrawalSeen withdrawal = events.withdrawal(1, A, "BTC", ONE);

        assertThat(monitor.observe(withdrawal)).hasSize(1);
        assertThat(monitor.observe(withdrawal)).as("the second deposit would match it").isEmpty();
    }

    @Test
    void aRedeliveredEventIsNotCountedTwice() {
        RiskMonitor monitor = Rules.monitorOf(new WashTradingRule(true, 60_000, 2, Severity.SEVERE));
        TradeSeen aBuys = events.trade(0, A, B);
        TradeSeen bBuys = events.trade(1, B, A);
        monitor.observe(aBuys);
        monitor.observe(bBuys);

        assertThat(monitor.observe(aBuys)).isEmpty();
        assertThat(monitor.observe(bBuys)).isEmpty();
        assertThat(monitor.observe(events.trade(2, A, B))).isEmpty();
        assertThat(monitor.observe(events.trade(3, B, A))).hasSize(2);
    }

    @Test
    void anIdOlderThanItsMemoryIsJudgedAgain() {
        var rules = new MonitoringRules(Rules.WASH_OFF, new CancelToFillRule(true, 60_000, 2, 1, Severity.WARNING),
                Rules.SPIKE_OFF, Rules.DEPOSIT_OFF, 10, 2);
        RiskMonitor monitor = new RiskMonitor(rules);
        OrderCanceledSeen first = events.cancel(0, A);
        monitor.observe(first);
        monitor.observe(events.cancel(0, B));
        monitor.observe(events.cancel(0, B));

        assertThat(monitor.observe(first)).singleElement().extracting(Alert::userId).isEqualTo(A);
    }

    @Test
    void everyEnabledDetectorSeesEveryEvent() {
        var rules = new MonitoringRules(new WashTradingRule(true, 60_000, 1, Severity.SEVERE), Rules.CANCEL_OFF,
                new VolumeSpikeRule(true, 60_000, 1, 1, 1, Severity.WARNING), Rules.DEPOSIT_OFF, 10, 10);

        List<Alert> alerts = new RiskMonitor(rules).observe(events.trade(0, A, A));

        assertThat(alerts).extracting(Alert::rule).containsExactly("washTrading", "volumeSpike");
    }

    @Test
    void aDetectorSwitchedOffMakesNothing() {
        var on = new DepositWithdrawalRule(true, 60_000, 1, Severity.SEVERE);
        var off = new DepositWithdrawalRule(false, on.windowMs(), on.fractionPercent(), on.severity());
        List<MonitoredEvent> stream = List.of(events.deposit(0, A, "BTC", ONE), events.withdrawal(1, A, "BTC", ONE));

        assertThat(alertsOf(Rules.monitorOf(on), stream)).hasSize(1);
        assertThat(alertsOf(Rules.monitorOf(off), stream)).isEmpty();
    }

    @Test
    void everythingSwitchedOffMakesNothing() {
        var rules = new MonitoringRules(Rules.WASH_OFF, Rules.CANCEL_OFF, Rules.SPIKE_OFF, Rules.DEPOSIT_OFF, 10, 10);
        List<MonitoredEvent> stream = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            stream.add(events.trade(i, A, A));
            stream.add(events.cancel(i, A));
            stream.add(events.deposit(i, A, "BTC", ONE));
            stream.add(events.withdrawal(i, A, "BTC", ONE));
        }

        assertThat(alertsOf(new RiskMonitor(rules), stream)).isEmpty();
    }

    @Test
    void anEventWithoutAnIdIsRefusedWhereItIsBuilt() {
        assertThatThrownBy(() -> new OrderCanceledSeen(" ", A, "BTC-USD", "order-1", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventId");
    }

    static List<Alert> alertsOf(RiskMonitor monitor, List<MonitoredEvent> stream) {
        List<Alert> alerts = new ArrayList<>();
        stream.forEach(event -> alerts.addAll(monitor.observe(event)));
        return alerts;
    }
}
