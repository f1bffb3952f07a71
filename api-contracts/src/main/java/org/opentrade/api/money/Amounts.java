package org.opentrade.api.money;

/** The bounds of a single money movement, shared by the HTTP edge and the ledger. */
public final class Amounts {
    /** 10^9 whole units in 10^-8 units: far above any real movement, far below where sums could overflow. */
    public static final long MAX = 100_000_000_000_000_000L;

    private Amounts() {
    }

    /**
     * Parses a client's amount: a plain decimal string, more than 0, at most 8 decimals, at most {@link #MAX}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static long parsePositive(String text) {
        long units = Decimal8.parse(text);
        if (units <= 0 || units > MAX) {
            throw new IllegalArgumentException("amount must be > 0 and <= " + Decimal8.format(MAX));
        }
        return units;
    }
}
