package org.opentrade.banksandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransfersTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final AtomicInteger references = new AtomicInteger();

    @Test
    void a_retry_gets_the_transfer_the_first_request_created() {
        Transfers transfers = new Transfers(10);

        Admission first = transfers.admit(payment("r1", "5"), () -> accepted(payment("r1", "5")));
        Admission retry = transfers.admit(payment("r1", "5.0"), () -> accepted(payment("r1", "5.0")));

        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.transfer().bankReference()).isEqualTo(first.transfer().bankReference());
        assertThat(transfers.size()).isEqualTo(1);
    }

    @Test
    void the_same_reference_for_a_different_transfer_is_a_conflict() {
        Transfers transfers = new Transfers(10);
        transfers.admit(payment("r1", "5"), () -> accepted(payment("r1", "5")));

        assertThatThrownBy(() -> transfers.admit(payment("r1", "6"), () -> accepted(payment("r1", "6"))))
                .isInstanceOf(ReferenceConflict.class);
    }

    @Test
    void settling_applies_the_planned_outcome_once_and_keeps_it() {
        Transfers transfers = new Transfers(10);
        BankTransfer failing = BankTransfer.accepted("B1", payment("r1", "5"), Outcome.FAIL, T0);
        transfers.admit(failing.instruction(), () -> failing);

        BankTransfer settled = transfers.settle("B1", T0.plusSeconds(1)).orElseThrow();
        BankTransfer again = transfers.settle("B1", T0.plusSeconds(9)).orElseThrow();

        assertThat(settled.status()).isEqualTo(TransferStatus.FAILED);
        assertThat(again.settledAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void beyond_the_limit_the_oldest_is_forgotten_with_its_reference() {
        Transfers transfers = new Transfers(2);
        String oldest = transfers.admit(payment("r1", "1"), () -> accepted(payment("r1", "1"))).transfer()
                .bankReference();
        transfers.admit(payment("r2", "1"), () -> accepted(payment("r2", "1")));
        transfers.admit(payment("r3", "1"), () -> accepted(payment("r3", "1")));

        assertThat(transfers.size()).isEqualTo(2);
        assertThat(transfers.byMerchantReference("r1")).isEmpty();
        assertThat(transfers.settle(oldest, T0)).isEmpty();
        assertThat(transfers.byMerchantReference("r3")).isPresent();
    }

    @Test
    void settled_between_is_half_open_ordered_and_limited() {
        Transfers transfers = new Transfers(10);
        for (int i = 1; i <= 4; i++) {
            String reference = "r" + i;
            String bankReference = transfers.admit(payment(reference, "1"), () -> accepted(payment(reference, "1")))
                    .transfer().bankReference();
            transfers.settle(bankReference, T0.plusSeconds(i));
        }
        transfers.admit(payment("open", "1"), () -> accepted(payment("open", "1")));

        assertThat(transfers.settledBetween(T0.plusSeconds(2), T0.plusSeconds(4), 10))
                .extracting(BankTransfer::merchantReference).containsExactly("r2", "r3");
        assertThat(transfers.settledBetween(T0, T0.plusSeconds(60), 3))
                .extracting(BankTransfer::merchantReference).containsExactly("r1", "r2", "r3");
    }

    private BankTransfer accepted(TransferInstruction instruction) {
        return BankTransfer.accepted("B" + references.incrementAndGet(), instruction, Outcome.SUCCEED, T0);
    }

    private static TransferInstruction payment(String reference, String amount) {
        return TransferInstruction.of(TransferKind.PAYMENT, reference, "alice", "USD", amount,
                "http://127.0.0.1:1/cb", Set.of("127.0.0.1"));
    }
}
