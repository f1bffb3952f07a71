package org.opentrade.payment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * How much one user may withdraw of each asset: per withdrawal, and in total per UTC day (a velocity bound: 5 x 9,000
 * USD in under a second was possible before). An asset without limits cannot be withdrawn at all, so a new asset is
 * closed until someone sets its limits. Failed withdrawals (refunded) still count toward their day: the bound is on
 * what a user may try, and refunds do not reopen it.
 */
public record WithdrawalLimits(Map<String, Limit> byAsset) {

    /** Amounts in units of 10^-8, like every amount inside the system. */
    public record Limit(long perWithdrawalMax, long perDayMax) {
        public Limit {
            if (perWithdrawalMax <= 0 || perDayMax < perWithdrawalMax) {
                throw new IllegalArgumentException("limits must be positive and the day's at least one withdrawal's");
            }
        }
    }

    public WithdrawalLimits {
        byAsset = Map.copyOf(byAsset);
    }

    public Optional<Limit> of(String asset) {
        return Optional.ofNullable(byAsset.get(asset));
    }

    /** Whether one withdrawal of this size is allowed at all, before counting the day. */
    public boolean allowsOne(String asset, long amount) {
        return of(asset).map(limit -> amount <= limit.perWithdrawalMax()).orElse(false);
    }

    /** The UTC day a withdrawal created at this instant counts toward. */
    public static LocalDate dayOf(long createdAtEpochMs) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(createdAtEpochMs), ZoneOffset.UTC);
    }
}
