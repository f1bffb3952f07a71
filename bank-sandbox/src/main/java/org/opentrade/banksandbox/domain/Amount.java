package org.opentrade.banksandbox.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A positive decimal amount with at most 8 decimal places, as banks and our API write it ("12.5").
 * Parsed from text with a pattern first, so exponents, signs and absurd lengths never reach BigDecimal.
 */
public record Amount(BigDecimal value) implements Comparable<Amount> {

    public static final int SCALE_MAX = 8;
    private static final int INTEGER_DIGITS_MAX = 18;
    private static final Pattern DECIMAL =
            Pattern.compile("\\d{1," + INTEGER_DIGITS_MAX + "}(\\.\\d{1," + SCALE_MAX + "})?");

    public Amount {
        if (value == null || value.signum() <= 0) {
            throw new InvalidInput("INVALID_AMOUNT", "amount must be greater than zero");
        }
        if (value.stripTrailingZeros().scale() > SCALE_MAX) {
            throw new InvalidInput("INVALID_AMOUNT", "amount has more than " + SCALE_MAX + " decimal places");
        }
    }

    public static Amount parse(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new InvalidInput("INVALID_AMOUNT",
                    "amount must be a decimal string such as \"12.5\" (at most " + SCALE_MAX + " decimal places)");
        }
        return new Amount(new BigDecimal(text));
    }

    /** The shortest plain form: "100" for 100.00, "0.5" for 0.50. */
    public String text() {
        return value.stripTrailingZeros().toPlainString();
    }

    public boolean sameValueAs(Amount other) {
        return value.compareTo(other.value) == 0;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return text();
    }
}
