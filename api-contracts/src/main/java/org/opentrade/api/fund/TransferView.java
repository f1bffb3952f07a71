package org.opentrade.api.fund;

import java.io.Serializable;

/** status: PENDING (legs in flight), COMPLETED, or FAILED (nothing moved). */
public record TransferView(String transferId, long fromUserId, long toUserId, String asset, long amount,
                           String status, long createdAtEpochMs) implements Serializable {
}
