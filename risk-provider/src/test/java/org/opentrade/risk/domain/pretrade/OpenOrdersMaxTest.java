package org.opentrade.risk.domain.pretrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opentrade.api.risk.RiskDecision;

class OpenOrdersMaxTest {
    final OpenOrdersMax rule = new OpenOrdersMax();
    final SymbolLimits limits = SomeLimits.btc().openOrdersMax(3).build();

    @Test
    void passesTheOrderThatMakesTheMaximum() {
        assertThat(rule.refusal(AnOrder.limitBuy().openOrders(2).build(), limits)).isEmpty();
    }

    @Test
    void refusesTheOrderBeyondIt() {
        assertThat(rule.refusal(AnOrder.limitBuy().openOrders(3).build(), limits)).get()
                .extracting(RiskDecision::rule, RiskDecision::reason)
                .containsExactly("openOrdersMax", "3 open orders on BTC-USD already, the maximum is 3");
    }

    @Test
    void doesNotOverflowAtTheLargestCount() {
        assertThat(rule.refusal(AnOrder.limitBuy().openOrders(Integer.MAX_VALUE).build(),
                SomeLimits.btc().openOrdersMax(Integer.MAX_VALUE).build())).isPresent();
    }
}
