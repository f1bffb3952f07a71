package org.opentrade.risk.domain.pretrade;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SymbolLimitsTest {

    @Test
    void refusesEveryNonPositiveLimit() {
        assertThatThrownBy(() -> SomeLimits.btc().orderQuantityMax("0").build()).hasMessageContaining("orderQuantityMax");
        assertThatThrownBy(() -> SomeLimits.btc().orderNotionalMax("-1").build()).hasMessageContaining("orderNotionalMax");
        assertThatThrownBy(() -> SomeLimits.btc().ordersPerSecondMax(0).build()).hasMessageContaining("ordersPerSecondMax");
        assertThatThrownBy(() -> SomeLimits.btc().ordersPerMinuteMax(0).build()).hasMessageContaining("ordersPerMinuteMax");
        assertThatThrownBy(() -> SomeLimits.btc().openOrdersMax(-1).build()).hasMessageContaining("openOrdersMax");
        assertThatThrownBy(() -> SomeLimits.btc().dailyNotionalMax("0").build()).hasMessageContaining("dailyNotionalMax");
        assertThatThrownBy(() -> SomeLimits.btc().referencePrice("-30000").build()).hasMessageContaining("referencePrice");
    }

    @Test
    void takesABandStrictlyBetweenZeroAndOneHundredPercent() {
        assertThatThrownBy(() -> SomeLimits.btc().priceBandPercent("0").build()).hasMessageContaining("priceBandPercent");
        assertThatThrownBy(() -> SomeLimits.btc().priceBandPercent("100").build()).hasMessageContaining("priceBandPercent");
        assertThatCode(() -> SomeLimits.btc().priceBandPercent("0.00000001").build()).doesNotThrowAnyException();
        assertThatCode(() -> SomeLimits.btc().priceBandPercent("99.99999999").build()).doesNotThrowAnyException();
    }

    @Test
    void aRuleSetListsAtLeastOneSymbol() {
        assertThatThrownBy(() -> new RiskRuleSet(Map.of())).hasMessageContaining("no symbol");
    }
}
