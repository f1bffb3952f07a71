package org.opentrade.api.fund;

import java.io.Serializable;

public record TransferCommand(long fromUserId, long toUserId, String asset, long amount, String idempotencyKey)
        implements Serializable {
}
