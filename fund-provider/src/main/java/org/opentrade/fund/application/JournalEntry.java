package org.opentrade.fund.application;

import org.opentrade.api.fund.LedgerEntryView;

/** One posting as stored: amount in 10^-8 units, signed; bucket AVAILABLE or FROZEN. */
public record JournalEntry(long entryId, String asset, String bucket, long amount, String type, String reference,
                           long createdAtEpochMs) {

    public LedgerEntryView view() {
        return new LedgerEntryView(Long.toString(entryId), asset, bucket, amount, type, reference, createdAtEpochMs);
    }
}
