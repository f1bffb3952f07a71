package org.opentrade.facade.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.opentrade.api.money.Decimal8;

/** How candles and tickers print, the same over HTTP and on the push stream: decimal strings and ISO-8601 times. */
public final class MarketFigures {
    private MarketFigures() {
    }

    /** A price of a ticker, null while the symbol never traded (0 would read as a price). */
    public static String price(long units, boolean traded) {
        return traded ? Decimal8.format(units) : null;
    }

    /** (last - open) / open in percent, two decimals (half even); null when there is no open price. */
    public static String changePercent(long last, long open) {
        if (open <= 0) {
            return null;
        }
        return BigDecimal.valueOf(last - open).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(open), 2, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String time(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }
}
