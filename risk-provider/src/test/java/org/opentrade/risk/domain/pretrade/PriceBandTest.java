package org.opentrade.risk.domain.pretrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opentrade.api.risk.RiskDecision;

class PriceBandTest {
    final PriceBand rule = new PriceBand();
    final SymbolLimits limits = SomeLimits.btc().priceBandPercent("20").build();

    private Optional<RiskDecision> judge(AnOrder order) {
        return rule.refusal(order.build(), limits);
    }

    @Test
    void aBuyMayPayUpToTheUpperEdgeAndASellSellDownToTheLowerEdge() {
        assertThat(judge(AnOrder.limitBuy().lastTrade("30000").price("36000"))).isEmpty();
        assertThat(judge(AnOrder.limitSell().lastTrade("30000").price("24000"))).isEmpty();
    }

    @Test
    void refusesOneUnitThroughEitherEdge() {
        assertThat(judge(AnOrder.limitBuy().lastTrade("30000").price("36000.00000001"))).get()
                .extracting(RiskDecision::rule, RiskDecision::reason)
                .containsExactly("priceBand", "BUY price 36000.00000001 above the band of 20% around reference 30000 (last trade)");
        assertThat(judge(AnOrder.limitSell().lastTrade("30000").price("23999.99999999"))).get()
                .extracting(RiskDecision::reason)
                .isEqualTo("SELL price 23999.99999999 below the band of 20% around reference 30000 (last trade)");
    }

    @Test
    void leavesAnOrderFarOnItsOwnSideAlone() {
        assertThat(judge(AnOrder.limitBuy().lastTrade("30000").price("1000"))).isEmpty();
        assertThat(judge(AnOrder.limitSell().lastTrade("30000").price("1000000"))).isEmpty();
    }

    @Test
    void sayTheFiguresOfTheRefusal() {
        assertThat(judge(AnOrder.limitBuy().lastTrade("30000").price("36000.5"))).get()
                .extracting(RiskDecision::reason)
                .isEqualTo("BUY price 36000.5 above the band of 20% around reference 30000 (last trade)");
    }

    @Test
    void takesTheLastTradeBeforeTheBookAndTheConfiguredPrice() {
        var withAll = SomeLimits.btc().referencePrice("100").build();
        var order = AnOrder.limitBuy().lastTrade("30000").book("1000", "1002").price("36000").build();
        assertThat(rule.refusal(order, withAll)).isEmpty();
    }

    @Test
    void takesTheMidOfATwoSidedBookWithoutATrade() {
        var withConfigured = SomeLimits.btc().referencePrice("100").build();
        var order = AnOrder.limitBuy().book("29000", "31000").price("36000.00000001").build();
        assertThat(rule.refusal(order, withConfigured)).get().extracting(RiskDecision::reason)
                .isEqualTo("BUY price 36000.00000001 above the band of 20% around reference 30000 (mid)");
        assertThat(rule.refusal(AnOrder.limitBuy().book("29000", "31000").price("36000").build(), withConfigured))
                .isEmpty();
    }

    @Test
    void takesTheConfiguredPriceWhenTheBookIsOneSided() {
        var withConfigured = SomeLimits.btc().referencePrice("30000").build();
        var order = AnOrder.limitSell().book("0", "90000").price("23999.99999999").build();
        assertThat(rule.refusal(order, withConfigured)).get().extracting(RiskDecision::reason)
                .isEqualTo("SELL price 23999.99999999 below the band of 20% around reference 30000 (configured)");
    }

    @Test
    void hasNoBandWithoutAnyReference() {
        assertThat(judge(AnOrder.limitBuy().book("29000", "0").price("1"))).isEmpty();
        assertThat(judge(AnOrder.limitBuy().price("99999999"))).isEmpty();
    }

    @Test
    void holdsAMarketOrderAtItsProtectionPriceAndSkipsOneWithout() {
        assertThat(judge(AnOrder.marketBuy("36000.00000001").lastTrade("30000"))).isPresent();
        assertThat(judge(AnOrder.marketBuy("31500").lastTrade("30000"))).isEmpty();
        assertThat(judge(AnOrder.marketBuy("0").lastTrade("30000"))).isEmpty();
    }

    @Test
    void takesAFractionalPercent() {
        var narrow = SomeLimits.btc().priceBandPercent("0.5").build();
        assertThat(rule.refusal(AnOrder.limitBuy().lastTrade("30000").price("30150").build(), narrow)).isEmpty();
        assertThat(rule.refusal(AnOrder.limitBuy().lastTrade("30000").price("30150.00000001").build(), narrow))
                .isPresent();
    }

    @Test
    void takesTheMidWithoutOverflowingAndRoundsItDown() {
        assertThat(ReferencePrice.mid(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(ReferencePrice.mid(3, 4)).isEqualTo(3);
        assertThat(ReferencePrice.mid(3, 5)).isEqualTo(4);
    }
}
