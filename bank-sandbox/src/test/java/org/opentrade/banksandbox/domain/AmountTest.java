package org.opentrade.banksandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

    @ParameterizedTest
    @CsvSource({"12.5, 12.5", "100.00, 100", "0.00000001, 0.00000001", "007, 7",
            "123456789012345678.12345678, 123456789012345678.12345678"})
    void parses_positive_decimals_of_at_most_8_places_and_prints_them_short(String text, String printed) {
        assertThat(Amount.parse(text).text()).isEqualTo(printed);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "0", "0.00", "-1", "+1", "1.", ".5", "1.123456789", "1e3", "1E-2", "abc", "1,5",
            " 1", "1 ", "NaN", "Infinity", "0x10", "1234567890123456789"})
    void refuses_anything_else(String text) {
        assertThatThrownBy(() -> Amount.parse(text))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("INVALID_AMOUNT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.5", "0.000000001"})
    void the_value_itself_is_checked_too(String value) {
        assertThatThrownBy(() -> new Amount(new BigDecimal(value))).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest
    @CsvSource({"1.5, 1.50000000", "2, 2.0"})
    void equal_values_written_differently_are_the_same_amount(String one, String other) {
        assertThat(Amount.parse(one).sameValueAs(Amount.parse(other))).isTrue();
    }
}
