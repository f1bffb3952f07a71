package org.opentrade.payment.application.port;

import java.util.OptionalLong;

/** The withdrawals that have not reached a final state yet (PENDING: held, at the bank, or waiting for it). */
public interface OpenWithdrawals {
    /** When the oldest of them was created; empty when there is none. */
    OptionalLong oldestCreatedAtEpochMs();
}
