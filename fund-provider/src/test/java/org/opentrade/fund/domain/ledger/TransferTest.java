package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.ETH;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.APPLIED;
import static org.opentrade.fund.domain.ledger.ApplyOutcome.INSUFFICIENT_FUNDS;
import static org.opentrade.fund.domain.ledger.SystemAccount.TRANSFER_CLEARING;
import static org.opentrade.fund.domain.ledger.Users.BOB;
import static org.opentrade.fund.domain.ledger.Users.DAVE;
import static org.opentrade.fund.domain.ledger.Users.units;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BOB (shard 1) sends 3 ETH to DAVE (shard 3). */
class TransferTest {

    private final Ledger ledger = new Ledger();

    @BeforeEach
    void bob_has_five_eth() {
        ledger.apply(Postings.deposit(BOB, ETH, units(5), "pay-1"));
    }

    @Test
    void the_out_leg_parks_the_amount_in_the_senders_transfer_clearing_and_shows_it_in_flight() {
        assertThat(ledger.apply(Postings.transferOut(BOB, ETH, units(3), "tr-1"))).isEqualTo(APPLIED);

        assertThat(ledger.balance(BOB, ETH).available()).isEqualTo(units(2));
        assertThat(ledger.balance(TRANSFER_CLEARING.idFor(BOB), ETH).available()).isEqualTo(units(3));
        AuditReport audit = ledger.audit();
        assertThat(audit.isSound()).isTrue();
        assertThat(audit.inFlight()).isEqualTo(Map.of(TRANSFER_CLEARING, Map.of(ETH, units(3))));
    }

    @Test
    void the_in_leg_on_the_recipients_shard_completes_it_and_nets_the_clearing_accounts_to_zero() {
        ledger.apply(Postings.transferOut(BOB, ETH, units(3), "tr-1"));

        assertThat(ledger.apply(Postings.transferIn(DAVE, ETH, units(3), "tr-1"))).isEqualTo(APPLIED);

        assertThat(ledger.balance(DAVE, ETH).available()).isEqualTo(units(3));
        assertThat(ledger.balance(TRANSFER_CLEARING.idFor(DAVE), ETH).available()).isEqualTo(-units(3));
        assertThat(ledger.audit().isQuiet()).isTrue();
    }

    @Test
    void a_transfer_that_will_not_complete_is_reversed_by_a_new_transaction_not_by_deleting_the_out_leg() {
        ledger.apply(Postings.transferOut(BOB, ETH, units(3), "tr-1"));

        assertThat(ledger.apply(Postings.transferOutReversal(BOB, ETH, units(3), "tr-1"))).isEqualTo(APPLIED);

        assertThat(ledger.balance(BOB, ETH).available()).isEqualTo(units(5));
        assertThat(ledger.journal()).extracting(JournalTransaction::type).containsExactly(TransactionType.DEPOSIT,
                TransactionType.TRANSFER_OUT, TransactionType.TRANSFER_OUT_REVERSAL);
        assertThat(ledger.audit().isQuiet()).isTrue();
    }

    @Test
    void sending_more_than_available_changes_nothing() {
        ledger.apply(Postings.freeze(BOB, ETH, units(4), "order-1"));

        assertThat(ledger.apply(Postings.transferOut(BOB, ETH, units(3), "tr-1"))).isEqualTo(INSUFFICIENT_FUNDS);

        assertThat(ledger.balance(BOB, ETH).available()).isEqualTo(units(1));
        assertThat(ledger.audit().isQuiet()).isTrue();
    }
}
