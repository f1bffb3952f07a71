package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.Users.ALICE;
import static org.opentrade.fund.domain.ledger.Users.units;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A statement's balance after each posting: the opening balance of its key plus every posting of that key so far. */
class RunningBalancesTest {
    static final BalanceKey USD_AVAILABLE = new BalanceKey(ALICE, USD, Bucket.AVAILABLE);
    static final BalanceKey USD_FROZEN = new BalanceKey(ALICE, USD, Bucket.FROZEN);
    static final BalanceKey BTC_AVAILABLE = new BalanceKey(ALICE, BTC, Bucket.AVAILABLE);

    @Test
    void eachKeyCarriesItsOwnBalanceFromItsOpeningValue() {
        RunningBalances balances = new RunningBalances(Map.of(USD_AVAILABLE, units(10)));

        assertThat(balances.after(USD_AVAILABLE, -units(4))).isEqualTo(units(6));
        assertThat(balances.after(USD_FROZEN, units(4))).as("no opening value: it starts at zero").isEqualTo(units(4));
        assertThat(balances.after(BTC_AVAILABLE, 1)).isEqualTo(1);
        assertThat(balances.after(USD_FROZEN, -units(4))).isZero();
        assertThat(balances.after(USD_AVAILABLE, units(4))).isEqualTo(units(10));
    }

    @Test
    void theOpeningMapIsCopiedNotChanged() {
        Map<BalanceKey, Long> opening = new java.util.HashMap<>(Map.of(USD_AVAILABLE, 5L));
        new RunningBalances(opening).after(USD_AVAILABLE, 1);

        assertThat(opening).containsEntry(USD_AVAILABLE, 5L);
    }

    @Test
    void aBalanceBeyondALongIsAnErrorNotAWrapAround() {
        RunningBalances balances = new RunningBalances(Map.of(USD_AVAILABLE, Long.MAX_VALUE));

        assertThatThrownBy(() -> balances.after(USD_AVAILABLE, 1)).isInstanceOf(ArithmeticException.class);
    }
}
