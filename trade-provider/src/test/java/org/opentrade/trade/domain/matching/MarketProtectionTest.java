package org.opentrade.trade.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.trade.domain.matching.Units.of;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.instrument.Instrument;

class MarketProtectionTest {

    private final Instrument btcUsd = TestInstruments.btcUsd();

    @Test
    void a_buy_is_bounded_by_best_ask_plus_the_band_rounded_down_to_the_tick() {
        assertThat(MarketProtection.price(btcUsd, Side.BUY, of("100.00"))).isEqualTo(of("105.00"));
        assertThat(MarketProtection.price(btcUsd, Side.BUY, of("100.19"))).isEqualTo(of("105.19")); // 105.1995
    }

    @Test
    void a_sell_is_bounded_by_best_bid_minus_the_band_rounded_up_to_the_tick() {
        assertThat(MarketProtection.price(btcUsd, Side.SELL, of("100.00"))).isEqualTo(of("95.00"));
        assertThat(MarketProtection.price(btcUsd, Side.SELL, of("100.19"))).isEqualTo(of("95.19")); // 95.1805
    }

    @Test
    void the_bound_stays_inside_the_instruments_price_range() {
        assertThat(MarketProtection.price(btcUsd, Side.BUY, btcUsd.priceMax())).isEqualTo(btcUsd.priceMax());
        assertThat(MarketProtection.price(btcUsd, Side.BUY, btcUsd.priceMax() - of("0.01"))).isEqualTo(btcUsd.priceMax());
        assertThat(MarketProtection.price(btcUsd, Side.SELL, of("0.01"))).isEqualTo(of("0.01"));
    }

    @Test
    void a_zero_band_means_the_best_price_itself() {
        Instrument noBand = new Instrument("X-Y", "X", "Y", 1, 1, 1_000_000, 1_000_000, 0, 0, 0);

        assertThat(MarketProtection.price(noBand, Side.BUY, 500)).isEqualTo(500);
        assertThat(MarketProtection.price(noBand, Side.SELL, 500)).isEqualTo(500);
    }
}
