package org.opentrade.risk.domain.pretrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opentrade.api.risk.RiskDecision;

class OrderNotionalMaxTest {
    final OrderNotionalMax rule = new OrderNotionalMax();
    final SymbolLimits limits = SomeLimits.btc().orderNotionalMax("500000").build();

    @Test
    void passesANotionalOfExactlyTheMaximum() {
        assertThat(rule.refusal(AnOrder.limitBuy().price("50000").quantity("10").build(), limits)).isEmpty();
    }

    @Test
    void refusesOneUnitAboveIt() {
        // 50000.00000001 x 10 = 500000.0000001
        assertThat(rule.refusal(AnOrder.limitSell().price("50000.00000001").quantity("10").build(), limits)).get()
                .extracting(RiskDecision::rule, RiskDecision::reason)
                .containsExactly("orderNotionalMax", "notional 500000.0000001 above the maximum 500000 per order");
    }

    @Test
    void roundsTheNotionalDownAsTheLedgerDoes() {
        // 0.00000001 x 500000.99999999 = 0.0050000099999999, rounded down to 0.00500000: far inside
        assertThat(rule.refusal(AnOrder.limitBuy().price("0.00000001").quantity("500000.99999999").build(), limits))
                .isEmpty();
    }

    @Test
    void refusesAProductBeyondALongWithoutOverflowing() {
        var order = AnOrder.limitBuy().priceUnits(Long.MAX_VALUE).quantityUnits(Long.MAX_VALUE).build();
        assertThat(rule.refusal(order, limits)).get().extracting(RiskDecision::reason).asString()
                .isEqualTo("notional >92233720368.54775807 above the maximum 500000 per order");
    }

    @Test
    void valuesAMarketOrderAtItsProtectionPrice() {
        assertThat(rule.refusal(AnOrder.marketBuy("50000").quantity("10").build(), limits)).isEmpty();
        assertThat(rule.refusal(AnOrder.marketBuy("50000.00000001").quantity("10").build(), limits)).isPresent();
    }

    @Test
    void skipsAMarketOrderWithoutAProtectionPrice() {
        assertThat(rule.refusal(AnOrder.marketBuy("0").quantity("1000000").build(), limits)).isEmpty();
    }
}
