package org.opentrade.trade.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class MulDivTest {

    @Test
    void the_product_may_exceed_a_long_as_long_as_the_quotient_fits() {
        long price = 100_000L * Scale.UNITS_PER_WHOLE;      // 100,000.00
        long quantity = 5_000L * Scale.UNITS_PER_WHOLE;     // 5,000 BTC: price * quantity ~ 5e25

        assertThat(Notional.of(price, quantity)).isEqualTo(500_000_000L * Scale.UNITS_PER_WHOLE);
    }

    @Test
    void floor_and_ceil_differ_by_one_exactly_when_there_is_a_remainder() {
        assertThat(MulDiv.floor(7, 3, 2)).isEqualTo(10);
        assertThat(MulDiv.ceil(7, 3, 2)).isEqualTo(11);
        assertThat(MulDiv.floor(8, 3, 2)).isEqualTo(12);
        assertThat(MulDiv.ceil(8, 3, 2)).isEqualTo(12);
        assertThat(MulDiv.floor(0, Long.MAX_VALUE, 7)).isZero();
    }

    @Test
    void a_quotient_that_does_not_fit_throws_instead_of_wrapping() {
        assertThatThrownBy(() -> MulDiv.floor(Long.MAX_VALUE, 2, 1)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Notional.of(Long.MAX_VALUE, Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> MulDiv.ceil(Long.MAX_VALUE, Long.MAX_VALUE, MulDiv.DIVISOR_MAX))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void negative_factors_and_bad_divisors_are_programming_errors() {
        assertThatThrownBy(() -> MulDiv.floor(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MulDiv.floor(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MulDiv.floor(1, 1, MulDiv.DIVISOR_MAX + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agrees_with_big_integer_arithmetic_on_random_inputs_or_throws_exactly_when_it_overflows() {
        SplittableRandom random = new SplittableRandom(20240501L);
        for (int i = 0; i < 200_000; i++) {
            long a = randomMagnitude(random);
            long b = randomMagnitude(random);
            long d = random.nextBoolean() ? Scale.UNITS_PER_WHOLE : 1 + random.nextLong(MulDiv.DIVISOR_MAX);
            checkAgainstBigInteger(a, b, d, RoundingMode.FLOOR);
            checkAgainstBigInteger(a, b, d, RoundingMode.CEILING);
        }
    }

    private static void checkAgainstBigInteger(long a, long b, long d, RoundingMode mode) {
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(d));
        BigInteger expected = mode == RoundingMode.CEILING && qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        boolean fits = expected.bitLength() < Long.SIZE;
        try {
            long actual = mode == RoundingMode.FLOOR ? MulDiv.floor(a, b, d) : MulDiv.ceil(a, b, d);
            assertThat(fits).as("%d * %d / %d should have overflowed", a, b, d).isTrue();
            assertThat(actual).as("%d * %d / %d %s", a, b, d, mode).isEqualTo(expected.longValueExact());
        } catch (ArithmeticException overflow) {
            assertThat(fits).as("%d * %d / %d fits but threw", a, b, d).isFalse();
        }
    }

    /** Values spread over every order of magnitude, not only near Long.MAX_VALUE. */
    private static long randomMagnitude(SplittableRandom random) {
        int bits = random.nextInt(1, 64);
        return random.nextLong(1L << (bits - 1), bits == 63 ? Long.MAX_VALUE : 1L << bits) - random.nextInt(2);
    }
}
