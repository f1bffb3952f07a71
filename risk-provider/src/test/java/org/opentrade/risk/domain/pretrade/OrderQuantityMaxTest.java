package org.opentrade.risk.domain.pretrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opentrade.api.risk.RiskDecision;

class OrderQuantityMaxTest {
    final OrderQuantityMax rule = new OrderQuantityMax();
    final SymbolLimits limits = SomeLimits.btc().orderQuantityMax("10").build();

    @Test
    void passesTheMaximumItself() {
        assertThat(rule.refusal(AnOrder.limitBuy().quantity("10").build(), limits)).isEmpty();
    }

    @Test
    void refusesOneUnitAboveIt() {
        assertThat(rule.refusal(AnOrder.limitBuy().quantity("10.00000001").build(), limits)).get()
                .extracting(RiskDecision::rule, RiskDecision::reason)
                .containsExactly("orderQuantityMax", "quantity 10.00000001 above the maximum 10 per order");
    }

    @Test
    void boundsAMarketOrderToo() {
        assertThat(rule.refusal(AnOrder.marketBuy("0").quantity("11").build(), limits)).isPresent();
    }
}
