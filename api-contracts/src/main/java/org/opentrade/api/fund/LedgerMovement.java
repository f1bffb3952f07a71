package org.opentrade.api.fund;

import java.io.Serializable;

/** One user's money movement: amount in 10^-8 units of the asset, > 0; reference is its idempotency key. */
public record LedgerMovement(long userId, String asset, long amount, String reference) implements Serializable {
}
