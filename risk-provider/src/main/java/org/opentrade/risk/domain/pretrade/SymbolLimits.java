package org.opentrade.risk.domain.pretrade;

import org.opentrade.api.money.Decimal8;

/**
 * The pre-trade limits of one symbol, the document's defaults with the symbol's overrides applied. Amounts and prices
 * in 10^-8 units of the quote asset (quantities of the base asset); {@code priceBandPercent} in 10^-8 units of a percent
 * ("20" is 20%). {@code referencePrice} is 0 when the symbol has none: the band then waits for a trade or a two-sided
 * book. Every limit is positive: a zero limit would refuse every order of the symbol, which is delisting, not a limit.
 */
public record SymbolLimits(String symbol, long orderQuantityMax, long orderNotionalMax, long priceBandPercent,
                           int ordersPerSecondMax, int ordersPerMinuteMax, int openOrdersMax, long dailyNotionalMax,
                           long referencePrice) {
    /** A band of 100% or more would let a SELL go down to 0: no band at all, written as if it were one. */
    public static final long PRICE_BAND_PERCENT_BELOW = 100 * Decimal8.ONE;

    public SymbolLimits {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("a symbol entry has no symbol");
        }
        positive(symbol, "orderQuantityMax", orderQuantityMax);
        positive(symbol, "orderNotionalMax", orderNotionalMax);
        positive(symbol, "ordersPerSecondMax", ordersPerSecondMax);
        positive(symbol, "ordersPerMinuteMax", ordersPerMinuteMax);
        positive(symbol, "openOrdersMax", openOrdersMax);
        positive(symbol, "dailyNotionalMax", dailyNotionalMax);
        if (priceBandPercent <= 0 || priceBandPercent >= PRICE_BAND_PERCENT_BELOW) {
            throw new IllegalArgumentException(symbol + ": priceBandPercent must lie between 0 and 100 (both excluded), not "
                    + Decimal8.format(priceBandPercent));
        }
        if (referencePrice < 0) {
            throw new IllegalArgumentException(symbol + ": referencePrice must be positive, not "
                    + Decimal8.format(referencePrice));
        }
    }

    private static void positive(String symbol, String limit, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(symbol + ": " + limit + " must be positive, not " + value);
        }
    }
}
