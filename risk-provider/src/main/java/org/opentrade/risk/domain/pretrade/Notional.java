package org.opentrade.risk.domain.pretrade;

import java.math.BigInteger;

import org.opentrade.api.money.Decimal8;

/** What an order is worth in the quote asset: price x quantity / 10^8, rounded down, in 10^-8 units. */
final class Notional {
    private static final BigInteger UNITS_PER_WHOLE = BigInteger.valueOf(Decimal8.ONE);

    private Notional() {
    }

    /** price x quantity exceeds a long already at 92,233 x 1,000 whole units: BigInteger keeps it exact. */
    static BigInteger of(long price, long quantity) {
        return BigInteger.valueOf(price).multiply(BigInteger.valueOf(quantity)).divide(UNITS_PER_WHOLE);
    }

    /** For a reason text; a notional beyond a long only comes from hostile input and is said to be so. */
    static String format(BigInteger units) {
        if (units.bitLength() < Long.SIZE) {
            return Decimal8.format(units.longValueExact());
        }
        return units.signum() > 0 ? ">" + Decimal8.format(Long.MAX_VALUE) : "<" + Decimal8.format(Long.MIN_VALUE);
    }
}
