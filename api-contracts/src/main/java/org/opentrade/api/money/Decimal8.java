package org.opentrade.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Converts between decimal strings (the JSON edge) and the system's internal representation: a {@code long}
 * count of 10^-8 units. Only this class touches BigDecimal for money.
 */
public final class Decimal8 {
    public static final int SCALE = 8;
    public static final long ONE = 100_000_000L;
    /** Longest accepted input, so that parsing hostile input stays cheap. */
    static final int TEXT_LENGTH_MAX = 40;

    private Decimal8() {
    }

    /**
     * Parses a plain decimal string such as "12.5".
     *
     * @throws IllegalArgumentException when the text is not a plain decimal, has more than 8 decimals or does
     *                                  not fit a long once scaled
     */
    public static long parse(String text) {
        if (text == null || text.isEmpty() || text.length() > TEXT_LENGTH_MAX) {
            throw new IllegalArgumentException("not a decimal: " + text);
        }
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not a plain decimal: " + text);
        }
        BigDecimal value = new BigDecimal(text);
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("more than " + SCALE + " decimals: " + text);
        }
        try {
            return value.movePointRight(SCALE).longValueExact();
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("out of range: " + text);
        }
    }

    /** Formats without trailing zeros and never in exponent notation: 1250000000 -> "12.5". */
    public static String format(long units) {
        BigDecimal value = BigDecimal.valueOf(units, SCALE).setScale(SCALE, RoundingMode.UNNECESSARY);
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
