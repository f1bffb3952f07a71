package org.opentrade.payment.application.port;

import java.time.LocalDate;

/** The running total a user withdrew of an asset on a UTC day, changed inside the caller's local transaction. */
public interface DailyWithdrawals {
    /**
     * Makes sure the day's row exists, in a transaction of its own, before a caller's transaction counts against it.
     * Concurrent first withdrawals of a day then only update an existing row (one exclusive lock each); inserting it
     * inside their transactions made them deadlock on the upgrade from the duplicate check's shared lock.
     */
    void open(long userId, String asset, LocalDate day);

    /** Adds the amount unless the day's total would then exceed {@code dayMax}; false (nothing added) otherwise. */
    boolean reserve(long userId, String asset, LocalDate day, long amount, long dayMax);

    /** Takes back what {@link #reserve} added for a withdrawal that rolled back. */
    void release(long userId, String asset, LocalDate day, long amount);
}
