package org.opentrade.trade.adapter.out.nacos;

import java.math.BigDecimal;

import org.opentrade.api.money.Decimal8;
import org.opentrade.trade.domain.instrument.Instrument;

/**
 * One entry of the Nacos document {@code opentrade-instruments.json}, as operators write it: decimal strings for
 * prices, quantities and rates ("0.001" = 0.1 %); {@code minNotional} in the quote asset, optional (none).
 */
record InstrumentDocument(String symbol, String baseAsset, String quoteAsset, String priceTick, String quantityStep,
                          String priceMax, String quantityMax, String makerFeeRate, String takerFeeRate,
                          String marketProtectionBand, String minNotional) {
    static final String PRICE_MAX_DEFAULT = "1000000";
    static final String QUANTITY_MAX_DEFAULT = "10000";

    Instrument toInstrument() {
        return new Instrument(symbol, baseAsset, quoteAsset,
                Decimal8.parse(priceTick), Decimal8.parse(quantityStep),
                Decimal8.parse(priceMax == null ? PRICE_MAX_DEFAULT : priceMax),
                Decimal8.parse(quantityMax == null ? QUANTITY_MAX_DEFAULT : quantityMax),
                ppm(makerFeeRate), ppm(takerFeeRate), ppm(marketProtectionBand),
                minNotional == null ? 0 : Decimal8.parse(minNotional));
    }

    /** "0.001" -> 1000 parts per million; finer rates than 1 ppm are refused rather than rounded. */
    private static long ppm(String rate) {
        return new BigDecimal(rate).movePointRight(6).longValueExact();
    }
}
