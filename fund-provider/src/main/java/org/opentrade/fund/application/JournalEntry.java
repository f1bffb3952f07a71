package org.opentrade.fund.application;

/** One posting as stored: amount in 10^-8 units, signed; bucket AVAILABLE or FROZEN. */
public record JournalEntry(long entryId, String asset, String bucket, long amount, String type, String reference,
                           long createdAtEpochMs) {
}
