package org.opentrade.api.fund;

import java.io.Serializable;

/** A posting of a statement and the balance of its asset and bucket right after it, in 10^-8 units. */
public record StatementLine(LedgerEntryView entry, long balanceAfter) implements Serializable {
}
