package org.opentrade.trade.domain.matching;

import java.math.BigDecimal;

/** Decimal strings to scale-8 longs, so tests read "100.25" rather than 10025000000L. */
public final class Units {

    private Units() {
    }

    public static long of(String decimal) {
        return new BigDecimal(decimal).movePointRight(8).longValueExact();
    }
}
