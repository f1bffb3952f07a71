package org.opentrade.api.user.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Allowlist entries: single addresses and CIDR ranges of both families, parsed without DNS, matched by prefix. */
class AddressRangeTest {

    @Test
    void aSingleIpv4AddressMatchesOnlyItself() {
        AddressRange one = AddressRange.parse("203.0.113.7");
        assertThat(one.contains("203.0.113.7")).isTrue();
        assertThat(one.contains("203.0.113.8")).isFalse();
        assertThat(one).hasToString("203.0.113.7");
    }

    @Test
    void anIpv4RangeMatchesItsPrefixAndIsShownByItsNetwork() {
        AddressRange range = AddressRange.parse("198.51.100.77/24");
        assertThat(range).hasToString("198.51.100.0/24").isEqualTo(AddressRange.parse("198.51.100.0/24"));
        assertThat(range.contains("198.51.100.0")).isTrue();
        assertThat(range.contains("198.51.100.255")).isTrue();
        assertThat(range.contains("198.51.101.1")).isFalse();
        assertThat(AddressRange.parse("10.0.0.0/9").contains("10.127.255.255")).isTrue();
        assertThat(AddressRange.parse("10.0.0.0/9").contains("10.128.0.0")).isFalse();
        assertThat(AddressRange.parse("0.0.0.0/0").contains("192.0.2.1")).isTrue();
    }

    @Test
    void ipv6RangesMatchIpv6AddressesAndMappedIpv4IsIpv4() {
        AddressRange range = AddressRange.parse("2001:db8::/32");
        assertThat(range.contains("2001:db8:ffff::1")).isTrue();
        assertThat(range.contains("2001:db9::1")).isFalse();
        assertThat(range.contains("203.0.113.7")).as("another family").isFalse();
        assertThat(AddressRange.parse("::1").contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(AddressRange.parse("203.0.113.7").contains("::ffff:203.0.113.7")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "203.0.113", "203.0.113.256", "203.0.113.07x",
            "203.0.113.7/33", "203.0.113.7/", "203.0.113.7/-1", "2001:db8::/129", "2001:db8:::1", "fe80::1%eth0",
            "[::1]", "1.2.3.4/24/1", " 1.2.3.4"})
    void anythingButAnAddressLiteralIsRefused(String text) {
        assertThatThrownBy(() -> AddressRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientAddressThatIsNoLiteralMatchesNothing() {
        assertThat(AddressRange.parse("0.0.0.0/0").contains("unknown")).isFalse();
        assertThat(AddressRange.parse("0.0.0.0/0").contains(null)).isFalse();
    }
}
