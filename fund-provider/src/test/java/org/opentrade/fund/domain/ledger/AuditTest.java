package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.ETH;
import static org.opentrade.api.money.Asset.USD;
import static org.opentrade.fund.domain.ledger.Users.ALICE;
import static org.opentrade.fund.domain.ledger.Users.BOB;
import static org.opentrade.fund.domain.ledger.Users.CAROL;
import static org.opentrade.fund.domain.ledger.Users.units;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditTest {

    private final Ledger ledger = new Ledger();

    @Test
    void an_empty_ledger_is_quiet_and_sums_to_zero_in_every_asset() {
        AuditReport audit = ledger.audit();

        assertThat(audit.isQuiet()).isTrue();
        assertThat(audit.sumByAsset()).isEqualTo(Map.of(USD, 0L, BTC, 0L, ETH, 0L));
    }

    @Test
    void bank_clearing_totals_mirror_what_users_hold_across_all_shards() {
        ledger.apply(Postings.deposit(ALICE, USD, units(10), "pay-1"));
        ledger.apply(Postings.deposit(BOB, USD, units(20), "pay-2"));
        ledger.apply(Postings.deposit(CAROL, BTC, units(1), "pay-3"));

        AuditReport audit = ledger.audit();

        assertThat(audit.systemTotalsByKind().get(SystemAccount.BANK_CLEARING))
                .isEqualTo(Map.of(USD, -units(30), BTC, -units(1), ETH, 0L));
        assertThat(audit.sumByAsset()).containsOnlyKeys(USD, BTC, ETH).allSatisfy((asset, sum) ->
                assertThat(sum).isZero());
        assertThat(audit.isQuiet()).isTrue();
    }

    @Test
    void a_pending_transfer_is_in_flight_but_not_a_violation() {
        ledger.apply(Postings.deposit(ALICE, ETH, units(2), "pay-1"));
        ledger.apply(Postings.transferOut(ALICE, ETH, units(2), "tr-1"));

        AuditReport audit = ledger.audit();

        assertThat(audit.isSound()).isTrue();
        assertThat(audit.isQuiet()).isFalse();
        assertThat(audit.inFlight()).isEqualTo(Map.of(SystemAccount.TRANSFER_CLEARING, Map.of(ETH, units(2))));
    }

    @Test
    void only_user_balances_convert_to_the_user_facing_account() {
        ledger.apply(Postings.deposit(ALICE, USD, units(10), "pay-1"));

        assertThatThrownBy(() -> ledger.balance(SystemAccount.BANK_CLEARING.idFor(ALICE), USD).toAccount())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
