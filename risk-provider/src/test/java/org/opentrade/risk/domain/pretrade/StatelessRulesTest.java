package org.opentrade.risk.domain.pretrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentrade.api.risk.RiskDecision;

class StatelessRulesTest {
    final RiskRuleSet rules = new RiskRuleSet(Map.of("BTC-USD", SomeLimits.btc().build()));

    private RiskDecision judge(AnOrder order, UserStanding standing) {
        return StatelessRules.judge(order.build(), rules, userId -> standing);
    }

    @Test
    void acceptsAnOrderWithinEveryRule() {
        assertThat(judge(AnOrder.limitBuy().lastTrade("30000"), UserStanding.ACTIVE)).isEqualTo(RiskDecision.accept());
    }

    @Test
    void refusesASymbolWithoutLimitsBeforeAskingAboutTheUser() {
        var decision = StatelessRules.judge(AnOrder.limitBuy().symbol("DOGE-USD").build(), rules, userId -> {
            throw new AssertionError("asked about the user of an unlisted symbol");
        });
        assertThat(decision).isEqualTo(RiskDecision.reject("symbolNotConfigured", "no risk limits for DOGE-USD"));
    }

    @Test
    void refusesAFrozenUserAndAnUnknownOne() {
        assertThat(judge(AnOrder.limitBuy(), UserStanding.FROZEN))
                .isEqualTo(RiskDecision.reject("userFrozen", "user 7 is frozen"));
        assertThat(judge(AnOrder.limitBuy(), UserStanding.NOT_FOUND))
                .isEqualTo(RiskDecision.reject("userNotFound", "user 7 does not exist"));
    }

    @Test
    void namesTheFirstRuleThatRefuses() {
        var everythingWrong = AnOrder.limitBuy().quantity("11").price("50001").lastTrade("30000").openOrders(3);
        assertThat(judge(everythingWrong, UserStanding.FROZEN).rule()).isEqualTo("userFrozen");
        assertThat(judge(everythingWrong, UserStanding.ACTIVE).rule()).isEqualTo("orderQuantityMax");
        assertThat(judge(everythingWrong.quantity("10"), UserStanding.ACTIVE).rule()).isEqualTo("orderNotionalMax");
        assertThat(judge(everythingWrong.quantity("1"), UserStanding.ACTIVE).rule()).isEqualTo("priceBand");
        assertThat(judge(everythingWrong.price("30000"), UserStanding.ACTIVE).rule()).isEqualTo("openOrdersMax");
    }

    @Test
    void insistsOnKnowingTheUser() {
        assertThatThrownBy(() -> StatelessRules.judge(AnOrder.limitBuy().build(), rules, userId -> null))
                .isInstanceOf(IllegalStateException.class);
    }
}
