package org.opentrade.risk.domain;

/**
 * Per-symbol bounds on a single order, in 10^-8 units. {@code notionalMax} applies where the price is known (LIMIT);
 * a MARKET order is bounded by {@code quantityMax} here and by its protection price in the engine.
 */
public record OrderLimits(String symbol, long quantityMax, long notionalMax) {
    public OrderLimits {
        if (quantityMax <= 0 || notionalMax <= 0) {
            throw new IllegalArgumentException("limits of " + symbol + " must be positive");
        }
    }
}
