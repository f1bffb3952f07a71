package org.opentrade.risk.domain.pretrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.risk.RiskDecision;

class CounterRuleTest {
    final CountedOrder order = CountedOrder.of(AnOrder.limitBuy().price("30000").quantity("0.5").build(),
            SomeLimits.btc().build());

    @Test
    void countsTheNotionalOfTheOrderRoundedDown() {
        assertThat(order.notional()).isEqualTo(Decimal8.parse("15000"));
        assertThat(order.dailyHeadroom()).isEqualTo(Decimal8.parse("985000"));
        assertThat(CountedOrder.of(AnOrder.marketBuy("0").build(), SomeLimits.btc().build()).notional()).isZero();
    }

    @Test
    void saysTheFiguresOfEachRefusal() {
        assertThat(CounterRule.ORDERS_PER_SECOND.refusal(order, 5)).isEqualTo(RiskDecision.reject("ordersPerSecondMax",
                "6 orders in this second on BTC-USD, the maximum is 5"));
        assertThat(CounterRule.ORDERS_PER_MINUTE.refusal(order, 20)).isEqualTo(RiskDecision.reject("ordersPerMinuteMax",
                "21 orders in this minute on BTC-USD, the maximum is 20"));
        assertThat(CounterRule.DAILY_NOTIONAL.refusal(order, Decimal8.parse("990000"))).isEqualTo(RiskDecision.reject(
                "dailyNotionalMax", "notional 15000 on top of 990000 today (UTC) on BTC-USD passes the maximum 1000000"));
    }

    @Test
    void windowsStartAtWholeSecondsMinutesAndUtcDays() {
        Instant lastMomentOfADay = Instant.parse("2026-01-01T23:59:59.999Z");
        Instant next = lastMomentOfADay.plusMillis(1);
        assertThat(CounterWindow.SECOND.index(next)).isEqualTo(CounterWindow.SECOND.index(lastMomentOfADay) + 1);
        assertThat(CounterWindow.MINUTE.index(next)).isEqualTo(CounterWindow.MINUTE.index(lastMomentOfADay) + 1);
        assertThat(CounterWindow.DAY.index(next)).isEqualTo(CounterWindow.DAY.index(lastMomentOfADay) + 1);
        assertThat(CounterWindow.DAY.index(Instant.parse("2026-01-02T00:00:00Z")))
                .isEqualTo(CounterWindow.DAY.index(Instant.parse("2026-01-02T23:59:59Z")));
    }
}
