package org.opentrade.trade.domain.matching;

/**
 * Bounds on one book, so memory and the work of one command are bounded too. A GTC order that
 * could need room beyond them is rejected up front ({@code BOOK_FULL}, {@code PRICE_LEVELS_FULL}).
 */
public record EngineLimits(int ordersPerBookMax, int priceLevelsPerSideMax) {

    public static final EngineLimits DEFAULT = new EngineLimits(1_000_000, 100_000);

    public EngineLimits {
        if (ordersPerBookMax <= 0 || priceLevelsPerSideMax <= 0) {
            throw new IllegalArgumentException("limits must be > 0");
        }
    }
}
