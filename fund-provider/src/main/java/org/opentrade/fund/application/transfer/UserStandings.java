package org.opentrade.fund.application.transfer;

/** What the fund context needs to know about the users on either side of a transfer. */
public interface UserStandings {
    /** True when the user exists and is not frozen: only such users send or receive transfers. */
    boolean isActive(long userId);
}
