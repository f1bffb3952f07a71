package org.opentrade.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.api.payment.ReconciliationMismatch;
import org.opentrade.api.payment.ReconciliationView;

/** Before the first scheduled run there is nothing to report; afterwards, what the last run found. */
class ReconciliationGaugesTest {

    @Test
    void noRunYetIsNoValue() {
        assertThat(ReconciliationGauges.mismatches(null)).isNaN();
        assertThat(ReconciliationGauges.checkedAt(null)).isNaN();
    }

    @Test
    void theLastRunsMismatchesAndTime() {
        ReconciliationMismatch missing = new ReconciliationMismatch("MISSING_AT_BANK", "p-1", "USD", 0, 100, "not at bank");
        ReconciliationView dirty = new ReconciliationView(0, 1_000, 2_000, 3, 3, List.of(missing), false, false);
        ReconciliationView clean = new ReconciliationView(0, 1_000, 2_000, 3, 3, List.of(), false, true);

        assertThat(ReconciliationGauges.mismatches(dirty)).isEqualTo(1.0);
        assertThat(ReconciliationGauges.mismatches(clean)).isZero();
        assertThat(ReconciliationGauges.checkedAt(clean)).isEqualTo(2_000.0);
    }
}
