package org.opentrade.trade.domain.money;

/**
 * Fees of an order charged fill by fill so that their sum is exactly
 * {@code ceil(sum of notional_i * rate_i / 10^6)}, never more.
 *
 * <p>Rounding each fill's fee up on its own would overcharge an order that fills in many small
 * pieces, and could exceed the fee headroom reserved for it. Instead each order carries the
 * fractional part of its exact fee so far ({@code carryPpm}, in millionths of a unit, always
 * {@code < 10^6}); a fill is charged the increase of the rounded-up running total. The sum
 * telescopes, so the order pays the rounded-up exact fee of all its fills together: the venue
 * is never short (ceil), and the order is never charged more than the headroom
 * {@link #maxFee(long, long)} for its reserved notional at the taker rate, provided the maker
 * rate is not above the taker rate.
 */
public final class FeeAccrual {

    private static final long PPM = Scale.PPM_PER_WHOLE;

    private FeeAccrual() {
    }

    /** Fee to charge now for a fill of {@code notional} at {@code ratePpm}, given the carry so far. */
    public static long feeFor(long carryPpm, long notional, long ratePpm) {
        checkCarry(carryPpm);
        long whole = MulDiv.floor(notional, ratePpm, PPM);
        long sum = carryPpm + fraction(notional, ratePpm);
        long carryAfter = sum % PPM;
        long roundedUpBefore = carryPpm > 0 ? 1 : 0;
        long roundedUpAfter = carryAfter > 0 ? 1 : 0;
        return whole + sum / PPM + roundedUpAfter - roundedUpBefore;
    }

    /** The carry after a fill of {@code notional} at {@code ratePpm}. */
    public static long carryAfter(long carryPpm, long notional, long ratePpm) {
        checkCarry(carryPpm);
        return (carryPpm + fraction(notional, ratePpm)) % PPM;
    }

    /** {@code ceil(notional * ratePpm / 10^6)}: the most an order of this notional can pay. */
    public static long maxFee(long notional, long ratePpm) {
        return MulDiv.ceil(notional, ratePpm, PPM);
    }

    /** {@code (notional * ratePpm) mod 10^6}, computed without forming the full product. */
    private static long fraction(long notional, long ratePpm) {
        if (ratePpm < 0 || ratePpm > PPM) {
            throw new IllegalArgumentException("rate out of range: " + ratePpm);
        }
        return (notional % PPM) * ratePpm % PPM;
    }

    private static void checkCarry(long carryPpm) {
        if (carryPpm < 0 || carryPpm >= PPM) {
            throw new IllegalArgumentException("carry out of range: " + carryPpm);
        }
    }
}
