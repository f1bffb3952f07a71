package org.opentrade.fund.domain.ledger;

import java.util.Objects;

/**
 * A hold declared never to be used (its order never reached the book), built by {@link Postings#voidHold}. A hold
 * request that timed out and the void that follows it may arrive in either order, and neither may leave money
 * frozen: if the hold was taken, the void posts {@code release}, the very transaction an unfreeze of the same
 * reference and amount posts; if not, the void spends the hold's reference, so that the late hold is refused as
 * a REFERENCE_CONFLICT. The spent reference (a tombstone) carries no postings, so balances, journal and audit
 * never see it.
 *
 * @param hold    the FREEZE the void stands for: only a hold with exactly this content is released
 * @param release the UNFREEZE of the same user, asset, amount and business reference
 */
public record HoldVoid(JournalTransaction hold, JournalTransaction release) {

    public HoldVoid {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(release, "release");
        if (hold.type() != TransactionType.FREEZE || release.type() != TransactionType.UNFREEZE) {
            throw new IllegalArgumentException("a void pairs a FREEZE with its UNFREEZE");
        }
    }
}
