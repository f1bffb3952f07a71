package org.opentrade.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Decimal8Test {

    @Test
    void parsesPlainDecimalsIntoUnitsOfTenToTheMinusEight() {
        assertThat(Decimal8.parse("12.5")).isEqualTo(1_250_000_000L);
        assertThat(Decimal8.parse("0.00000001")).isEqualTo(1L);
        assertThat(Decimal8.parse("7")).isEqualTo(700_000_000L);
        assertThat(Decimal8.parse("1.10000000")).isEqualTo(110_000_000L);
        assertThat(Decimal8.parse("-3.25")).isEqualTo(-325_000_000L);
    }

    @Test
    void formatsWithoutTrailingZerosOrExponent() {
        assertThat(Decimal8.format(1_250_000_000L)).isEqualTo("12.5");
        assertThat(Decimal8.format(1L)).isEqualTo("0.00000001");
        assertThat(Decimal8.format(0L)).isEqualTo("0");
        assertThat(Decimal8.format(100_000_000_000L)).isEqualTo("1000");
        assertThat(Decimal8.format(-325_000_000L)).isEqualTo("-3.25");
    }

    @Test
    void formatThenParseIsIdentityAtTheExtremes() {
        for (long units : new long[]{Long.MAX_VALUE, Long.MIN_VALUE, 1, -1, 123_456_789_012L}) {
            assertThat(Decimal8.parse(Decimal8.format(units))).isEqualTo(units);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.000000001", "1e5", "abc", "1.", ".5", "+1", " 1", "0x10",
            "92233720368.54775808", "99999999999999999999999", "1,5", "NaN"})
    void rejectsAnythingButAPlainDecimalThatFits(String text) {
        assertThatThrownBy(() -> Decimal8.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullAndOverlongText() {
        assertThatThrownBy(() -> Decimal8.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decimal8.parse("1".repeat(41))).isInstanceOf(IllegalArgumentException.class);
    }
}
