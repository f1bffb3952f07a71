package org.opentrade.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WithdrawalLimitsTest {
    static final long ONE = 100_000_000L;
    final WithdrawalLimits limits =
            new WithdrawalLimits(Map.of("USD", new WithdrawalLimits.Limit(10_000 * ONE, 25_000 * ONE)));

    @Test
    void oneWithdrawalMayBeUpToItsLimitAndNotAUnitMore() {
        assertThat(limits.allowsOne("USD", 10_000 * ONE)).isTrue();
        assertThat(limits.allowsOne("USD", 10_000 * ONE + 1)).isFalse();
    }

    @Test
    void anAssetWithoutLimitsCannotBeWithdrawn() {
        assertThat(limits.allowsOne("BTC", 1)).isFalse();
        assertThat(limits.of("BTC")).isEmpty();
    }

    @Test
    void theDayIsTheUtcDayOfTheWithdrawal() {
        assertThat(WithdrawalLimits.dayOf(java.time.Instant.parse("2026-12-06T23:59:59.999Z").toEpochMilli()))
                .isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(WithdrawalLimits.dayOf(java.time.Instant.parse("2026-12-07T00:00:00Z").toEpochMilli()))
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aDayLimitBelowOneWithdrawalOrANonPositiveLimitIsAConfigurationError() {
        assertThatThrownBy(() -> new WithdrawalLimits.Limit(10, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WithdrawalLimits.Limit(0, 9)).isInstanceOf(IllegalArgumentException.class);
    }
}
