package org.opentrade.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentrade.api.risk.OrderRiskCheck;

class PreTradeCheckTest {
    static final long ONE = 100_000_000L;
    final PreTradeCheck check = new PreTradeCheck(Map.of("BTC-USD", new OrderLimits("BTC-USD", 10 * ONE, 500_000 * ONE)));

    private static OrderRiskCheck limitBuy(long price, long quantity) {
        return new OrderRiskCheck(7, "BTC-USD", "BUY", "LIMIT", price, quantity, 0, 0, 0, 0);
    }

    @Test
    void acceptsAnOrderWithinBothLimits() {
        assertThat(check.check(limitBuy(50_000 * ONE, 10 * ONE)).accepted()).isTrue();
    }

    @Test
    void rejectsQuantityAboveTheMaximum() {
        var decision = check.check(limitBuy(ONE, 10 * ONE + 1));
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.rule()).isEqualTo("orderQuantityMax");
    }

    @Test
    void rejectsNotionalAboveTheMaximumEvenWhenTheProductOverflowsALong() {
        assertThat(check.check(limitBuy(50_001 * ONE, 10 * ONE)).rule()).isEqualTo("orderNotionalMax");
        assertThat(check.check(limitBuy(Long.MAX_VALUE, ONE)).rule()).isEqualTo("orderNotionalMax");
    }

    @Test
    void rejectsASymbolWithoutLimits() {
        var decision = check.check(new OrderRiskCheck(7, "DOGE-USD", "BUY", "LIMIT", ONE, ONE, 0, 0, 0, 0));
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.rule()).isEqualTo("symbolNotConfigured");
    }
}
