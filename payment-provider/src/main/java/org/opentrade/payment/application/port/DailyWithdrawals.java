package org.opentrade.payment.application.port;

import java.time.LocalDate;

/** The running total a user withdrew of an asset on a UTC day, changed inside the caller's local transaction. */
public interface DailyWithdrawals {
    /** Adds the amount unless the day's total would then exceed {@code dayMax}; false (nothing added) otherwise. */
    boolean reserve(long userId, String asset, LocalDate day, long amount, long dayMax);

    /** Takes back what {@link #reserve} added for a withdrawal that rolled back. */
    void release(long userId, String asset, LocalDate day, long amount);
}
