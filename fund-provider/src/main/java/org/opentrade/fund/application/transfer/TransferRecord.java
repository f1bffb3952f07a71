package org.opentrade.fund.application.transfer;

import org.opentrade.api.fund.TransferView;

public record TransferRecord(long transferId, long fromUserId, long toUserId, String asset, long amount,
                             String idempotencyKey, TransferStatus status, long createdAtEpochMs) {

    public boolean sameRequestAs(TransferRecord other) {
        return fromUserId == other.fromUserId && toUserId == other.toUserId && asset.equals(other.asset)
                && amount == other.amount;
    }

    public TransferView view() {
        return new TransferView(Long.toString(transferId), fromUserId, toUserId, asset, amount, status.name(),
                createdAtEpochMs);
    }
}
