package org.opentrade.api.fund;

import java.io.Serializable;

/** bucket: AVAILABLE or FROZEN; amount signed, 10^-8 units. */
public record LedgerEntryView(String entryId, String asset, String bucket, long amount, String type, String reference,
                              long timeEpochMs) implements Serializable {
}
