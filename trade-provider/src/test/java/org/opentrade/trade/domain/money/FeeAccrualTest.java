package org.opentrade.trade.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FeeAccrualTest {

    private static final long PPM = Scale.PPM_PER_WHOLE;

    @Test
    void a_single_fill_pays_the_fee_rounded_up() {
        assertThat(FeeAccrual.feeFor(0, 1_000, 333)).isEqualTo(1);      // 0.333 -> 1
        assertThat(FeeAccrual.feeFor(0, 3_000_000, 333)).isEqualTo(999); // exact
        assertThat(FeeAccrual.feeFor(0, 0, 1_000)).isZero();
    }

    @Test
    void many_tiny_fills_pay_the_rounded_up_total_not_one_unit_each() {
        long carry = 0;
        long charged = 0;
        for (int i = 0; i < 1_000; i++) {
            charged += FeeAccrual.feeFor(carry, 1_000, 333);
            carry = FeeAccrual.carryAfter(carry, 1_000, 333);
        }
        // exact total 1_000 * 0.333 = 333; rounding each fill up would have charged 1_000
        assertThat(charged).isEqualTo(333);
        assertThat(carry).isZero();
    }

    @Test
    void the_charged_total_always_equals_the_rounded_up_exact_total_across_mixed_rates() {
        SplittableRandom random = new SplittableRandom(7);
        for (int order = 0; order < 2_000; order++) {
            long carry = 0;
            long charged = 0;
            BigInteger exactPpm = BigInteger.ZERO;
            for (int fill = 0; fill < 1 + random.nextInt(40); fill++) {
                long notional = random.nextLong(0, 1L << random.nextInt(1, 60));
                long rate = random.nextBoolean() ? random.nextLong(0, PPM + 1) : 777;
                long fee = FeeAccrual.feeFor(carry, notional, rate);
                assertThat(fee).isBetween(0L, FeeAccrual.maxFee(notional, rate));
                charged += fee;
                carry = FeeAccrual.carryAfter(carry, notional, rate);
                exactPpm = exactPpm.add(BigInteger.valueOf(notional).multiply(BigInteger.valueOf(rate)));
                BigInteger[] qr = exactPpm.divideAndRemainder(BigInteger.valueOf(PPM));
                long expected = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
                assertThat(charged).isEqualTo(expected);
                assertThat(carry).isEqualTo(qr[1].longValueExact());
            }
        }
    }

    @Test
    void max_fee_is_the_rounded_up_fee_of_the_whole_notional() {
        assertThat(FeeAccrual.maxFee(10_000_000_000L, 1_000)).isEqualTo(10_000_000L);
        assertThat(FeeAccrual.maxFee(1, 1)).isEqualTo(1);
        assertThat(FeeAccrual.maxFee(0, 1_000)).isZero();
    }
}
