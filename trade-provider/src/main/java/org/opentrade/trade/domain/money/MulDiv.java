package org.opentrade.trade.domain.money;

/**
 * Exact {@code a * b / d} on longs, rounded down or up, without BigInteger.
 *
 * <p>{@code price * quantity} overflows a long long before the notional does (a 10^5 USD price
 * times 10^3 BTC is 10^26 in scale-8 units, the notional only 10^16), so the raw product may not
 * be formed. Splitting both factors by the divisor keeps every partial product small:
 * {@code a = ah*d + al}, {@code b = bh*d + bl}, and
 * {@code a*b/d = ah*bh*d + ah*bl + al*bh + al*bl/d}, where only the last term is fractional and
 * {@code al*bl < d*d} fits as long as {@code d <= 3_037_000_499}. Every other step is
 * {@code Math.*Exact}, so a result that does not fit a long throws instead of wrapping.
 */
public final class MulDiv {

    /** Largest divisor whose square fits a long, so {@code al * bl} cannot overflow. */
    static final long DIVISOR_MAX = 3_037_000_499L;

    private MulDiv() {
    }

    /** {@code floor(a * b / d)} for {@code a, b >= 0} and {@code 0 < d <= DIVISOR_MAX}. */
    public static long floor(long a, long b, long d) {
        checkArguments(a, b, d);
        long al = a % d;
        long bl = b % d;
        return Math.addExact(whole(a / d, al, b / d, bl, d), al * bl / d);
    }

    /** {@code ceil(a * b / d)} for {@code a, b >= 0} and {@code 0 < d <= DIVISOR_MAX}. */
    public static long ceil(long a, long b, long d) {
        checkArguments(a, b, d);
        long al = a % d;
        long bl = b % d;
        long low = al * bl;
        long lowCeil = low / d + (low % d == 0 ? 0 : 1);
        return Math.addExact(whole(a / d, al, b / d, bl, d), lowCeil);
    }

    /** The integral part {@code ah*bh*d + ah*bl + al*bh}, each step overflow-checked. */
    private static long whole(long ah, long al, long bh, long bl, long d) {
        long high = Math.multiplyExact(Math.multiplyExact(ah, bh), d);
        return Math.addExact(high, Math.addExact(Math.multiplyExact(ah, bl), Math.multiplyExact(al, bh)));
    }

    private static void checkArguments(long a, long b, long d) {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("factors must be >= 0: " + a + ", " + b);
        }
        if (d <= 0 || d > DIVISOR_MAX) {
            throw new IllegalArgumentException("divisor out of range: " + d);
        }
    }
}
