package org.opentrade.trade.domain.money;

/**
 * The fixed scale of every amount, price and quantity in the trading domain.
 *
 * <p>One scale for everything (10^-8 units, as in shared/DESIGN.md "Money") means a value read
 * from the ledger, the book or a fill never needs a per-asset conversion; a price is quote
 * units (scale 8) per one whole base unit.
 */
public final class Scale {

    /** Units of an asset per whole asset: amounts are long counts of 10^-8. */
    public static final long UNITS_PER_WHOLE = 100_000_000L;

    /** Rates (fees, protection band) are parts per million: 1_000 ppm = 0.1 %. */
    public static final long PPM_PER_WHOLE = 1_000_000L;

    private Scale() {
    }
}
