package org.opentrade.trade.domain.money;

/**
 * The quote amount that changes hands for {@code quantity} base units at {@code price}.
 *
 * <p>Rounded down: the notional is a transfer between buyer and seller, both see the same
 * number, so the trade itself is zero-sum and needs no dust account. The venue takes its share
 * only through fees, which round up (see {@link FeeAccrual}). Rounding down also makes a hold at
 * a limit price always sufficient: {@code floor(x) + floor(y) <= floor(x + y)}, so the notionals
 * of partial fills at or better than the limit never add up to more than the notional reserved at
 * the limit for the whole quantity. With the default instruments (tick 0.01, step 0.000001)
 * {@code price * quantity} is always a multiple of 10^8 and nothing is rounded at all.
 */
public final class Notional {

    private Notional() {
    }

    /** {@code floor(price * quantity / 10^8)}; throws ArithmeticException if it does not fit. */
    public static long of(long price, long quantity) {
        return MulDiv.floor(price, quantity, Scale.UNITS_PER_WHOLE);
    }
}
