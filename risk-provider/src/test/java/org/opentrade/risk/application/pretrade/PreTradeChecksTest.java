package org.opentrade.risk.application.pretrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.risk.application.port.UserStatuses;
import org.opentrade.risk.domain.pretrade.AnOrder;
import org.opentrade.risk.domain.pretrade.CountedOrder;
import org.opentrade.risk.domain.pretrade.RiskRuleSet;
import org.opentrade.risk.domain.pretrade.SomeLimits;
import org.opentrade.risk.domain.pretrade.UserStanding;

class PreTradeChecksTest {
    /** BTC-USD: 5 orders a second, 20 a minute, 1,000,000 a day (SomeLimits); a batch is of one symbol. */
    RiskRuleSet snapshot = new RiskRuleSet(Map.of("BTC-USD", SomeLimits.btc().build()));
    final InMemoryUserCounters counters = new InMemoryUserCounters();
    final Map<Long, UserStanding> standingsOfUsers = new HashMap<>();
    final List<Set<Long>> statusLookups = new ArrayList<>();
    final UserStatuses statuses = userIds -> {
        statusLookups.add(userIds);
        Map<Long, UserStanding> answer = new HashMap<>();
        userIds.forEach(id -> answer.put(id, standingsOfUsers.getOrDefault(id, UserStanding.ACTIVE)));
        return answer;
    };
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final PreTradeChecks checks = new PreTradeChecks(() -> snapshot, statuses, counters, registry);

    private static List<OrderRiskCheck> orders(int count, AnOrder order) {
        return Collections.nCopies(count, order.build());
    }

    private static List<String> rules(List<RiskDecision> decisions) {
        return decisions.stream().map(d -> d.accepted() ? "accepted" : d.rule()).toList();
    }

    @Test
    void refusesTheOrdersOfABatchBeyondTheRatePerSecondInBatchOrder() {
        var decisions = checks.checkAll(orders(7, AnOrder.limitBuy().quantity("0.1")));
        assertThat(rules(decisions)).containsExactly("accepted", "accepted", "accepted", "accepted", "accepted",
                "ordersPerSecondMax", "ordersPerSecondMax");
        assertThat(decisions.get(5).reason()).isEqualTo("6 orders in this second on BTC-USD, the maximum is 5");
    }

    @Test
    void countsEachUserApart() {
        List<OrderRiskCheck> batch = new ArrayList<>(orders(5, AnOrder.limitBuy().user(1)));
        batch.addAll(orders(5, AnOrder.limitBuy().user(2)));
        assertThat(checks.checkAll(batch)).allMatch(RiskDecision::accepted);
    }

    @Test
    void startsANewSecondAndStopsAtTheMinute() {
        var order = AnOrder.limitBuy().quantity("0.01");
        for (int second = 0; second < 4; second++) {
            assertThat(checks.checkAll(orders(5, order))).allMatch(RiskDecision::accepted);
            counters.now = counters.now.plusSeconds(1);
        }
        assertThat(checks.checkAll(orders(1, order)).get(0).rule()).isEqualTo("ordersPerMinuteMax");
        counters.now = counters.now.plusSeconds(60);
        assertThat(checks.checkAll(orders(1, order)).get(0).accepted()).isTrue();
    }

    @Test
    void aRefusedOrderUsesUpNoAllowanceSoALaterSmallerOneStillPasses() {
        // 30000 x 20 = 600000 twice would pass 1,000,000; the second is refused, the third (30000 x 10) still fits
        snapshot = new RiskRuleSet(Map.of("BTC-USD", SomeLimits.btc().orderQuantityMax("100")
                .orderNotionalMax("1000000").build()));
        var decisions = checks.checkAll(List.of(AnOrder.limitBuy().quantity("20").build(),
                AnOrder.limitBuy().quantity("20").build(), AnOrder.limitBuy().quantity("13.33333333").build()));
        assertThat(rules(decisions)).containsExactly("accepted", "dailyNotionalMax", "accepted");
        assertThat(decisions.get(1).reason())
                .isEqualTo("notional 600000 on top of 600000 today (UTC) on BTC-USD passes the maximum 1000000");
    }

    @Test
    void anOrderRefusedByAStatelessRuleNeverReachesTheCounters() {
        var decisions = checks.checkAll(List.of(AnOrder.limitBuy().quantity("11").build(),
                AnOrder.limitBuy().openOrders(3).build(), AnOrder.limitBuy().build()));
        assertThat(rules(decisions)).containsExactly("orderQuantityMax", "openOrdersMax", "accepted");
        assertThat(counters.calls).singleElement().asList().hasSize(1);
        assertThat(checks.checkAll(orders(4, AnOrder.limitBuy()))).allMatch(RiskDecision::accepted);
    }

    @Test
    void asksNothingOfTheCountersWhenEveryOrderIsRefusedBefore() {
        checks.checkAll(orders(3, AnOrder.limitBuy().symbol("DOGE-USD")));
        assertThat(counters.calls).isEmpty();
        assertThat(statusLookups).isEmpty();
    }

    @Test
    void asksOnceForTheDistinctUsersOfTheBatch() {
        standingsOfUsers.put(2L, UserStanding.FROZEN);
        var decisions = checks.checkAll(List.of(AnOrder.limitBuy().user(1).build(), AnOrder.limitBuy().user(2).build(),
                AnOrder.limitBuy().user(1).build()));
        assertThat(statusLookups).containsExactly(Set.of(1L, 2L));
        assertThat(rules(decisions)).containsExactly("accepted", "userFrozen", "accepted");
    }

    @Test
    void refusesTheWholeBatchWhenTheCountersAreUnreachable() {
        counters.reachable = false;
        assertThatThrownBy(() -> checks.checkAll(orders(2, AnOrder.limitBuy())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
    }

    @Test
    void judgesTheWholeBatchByOneSnapshotOfTheRules() {
        int[] reads = {0};
        var counting = new PreTradeChecks(() -> {
            reads[0]++;
            return snapshot;
        }, statuses, counters, registry);
        counting.checkAll(orders(3, AnOrder.limitBuy()));
        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void refusesAnOversizedBatchOutright() {
        var tooMany = IntStream.range(0, PreTradeChecks.CHECKS_PER_BATCH_MAX + 1)
                .mapToObj(i -> AnOrder.limitBuy().user(i).build()).toList();
        assertThatThrownBy(() -> checks.checkAll(tooMany)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void timesEachBatchAndCountsRefusalsByRule() {
        checks.checkAll(List.of(AnOrder.limitBuy().quantity("11").build(), AnOrder.limitBuy().quantity("12").build(),
                AnOrder.limitBuy().symbol("DOGE-USD").build(), AnOrder.limitBuy().build()));
        checks.checkAll(orders(1, AnOrder.limitBuy()));
        assertThat(registry.get(PreTradeMetrics.CHECK_TIMER).timer().count()).isEqualTo(2);
        assertThat(registry.get(PreTradeMetrics.REJECTED_COUNTER).tag("rule", "orderQuantityMax").counter().count())
                .isEqualTo(2);
        assertThat(registry.get(PreTradeMetrics.REJECTED_COUNTER).tag("rule", "symbolNotConfigured").counter().count())
                .isEqualTo(1);
    }

    @Test
    void countsAMarketOrderAtItsProtectionPriceAndOneWithoutNone() {
        checks.checkAll(List.of(AnOrder.marketBuy("31000").quantity("2").build(), AnOrder.marketBuy("0").build()));
        assertThat(counters.calls.get(0)).extracting(CountedOrder::notional)
                .containsExactly(6_200_000_000_000L, 0L);
    }
}
