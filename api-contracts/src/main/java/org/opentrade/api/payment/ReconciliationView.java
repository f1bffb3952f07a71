package org.opentrade.api.payment;

import java.io.Serializable;
import java.util.List;

/** The result of one reconciliation run over [from, to); clean when there is no mismatch. */
public record ReconciliationView(long fromEpochMs, long toEpochMs, long checkedAtEpochMs, int bankLines,
                                 int paymentsChecked, List<ReconciliationMismatch> mismatches, boolean truncated,
                                 boolean clean) implements Serializable {
}
