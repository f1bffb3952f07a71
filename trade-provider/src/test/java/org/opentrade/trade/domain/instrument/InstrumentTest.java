package org.opentrade.trade.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstrumentTest {

    private static Instrument instrument(long priceTick, long quantityStep, long priceMax, long quantityMax,
                                         long makerPpm, long takerPpm, long bandPpm) {
        return new Instrument("BTC-USD", "BTC", "USD", priceTick, quantityStep, priceMax, quantityMax, makerPpm, takerPpm, bandPpm);
    }

    @Test
    void the_default_btc_usd_configuration_is_valid() {
        Instrument btcUsd = instrument(1_000_000, 100, 100_000_000_000_000L, 1_000_000_000_000L, 500, 1_000, 50_000);

        assertThat(btcUsd.isOnTick(10_001_000_000L)).isTrue();
        assertThat(btcUsd.isOnTick(10_000_500_000L)).isFalse();
        assertThat(btcUsd.isOnStep(150)).isFalse();
        assertThat(btcUsd.floorToTick(10_000_999_999L)).isEqualTo(10_000_000_000L);
        assertThat(btcUsd.ceilToTick(10_000_000_001L)).isEqualTo(10_001_000_000L);
        assertThat(btcUsd.ceilToTick(10_000_000_000L)).isEqualTo(10_000_000_000L);
    }

    @Test
    void bounds_whose_largest_order_would_overflow_a_long_are_refused_at_configuration_time() {
        // 10,000,000.00 USD x 10,000 BTC = 10^11 USD = 10^19 units: more than a long holds.
        assertThatThrownBy(() -> instrument(1_000_000, 100, 1_000_000_000_000_000L, 1_000_000_000_000L, 500, 1_000, 50_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fit a long");
    }

    @Test
    void a_maker_rate_above_the_taker_rate_is_refused_because_buy_holds_assume_the_taker_rate() {
        assertThatThrownBy(() -> instrument(1, 1, 100, 100, 2_000, 1_000, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ranges_must_sit_on_tick_and_step_and_rates_within_one_whole() {
        assertThatThrownBy(() -> instrument(0, 1, 100, 100, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> instrument(3, 1, 100, 100, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> instrument(1, 3, 100, 100, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> instrument(1, 1, 100, 100, 0, 1_000_001, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> instrument(1, 1, 100, 100, 0, 0, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_order_below_the_minimum_notional_is_too_small_and_one_at_it_is_not() {
        long one = 100_000_000L;
        Instrument withMinimum = new Instrument("BTC-USD", "BTC", "USD", 1_000_000, 100, 100_000_000_000_000L,
                1_000_000_000_000L, 500, 1_000, 50_000, one);

        assertThat(withMinimum.meetsMinimumNotional(1_000 * one, one / 1_000)).isTrue();      // 1000 x 0.001 = 1 USD
        assertThat(withMinimum.meetsMinimumNotional(999_990_000_00L, one / 1_000)).isFalse(); // 999.99 x 0.001
        assertThat(instrument(1_000_000, 100, 100_000_000_000_000L, 1_000_000_000_000L, 500, 1_000, 50_000)
                .meetsMinimumNotional(1_000_000, 100)).isTrue();                                // no minimum set
        assertThatThrownBy(() -> new Instrument("BTC-USD", "BTC", "USD", 1_000_000, 100, 100_000_000_000_000L,
                1_000_000_000_000L, 500, 1_000, 50_000, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
