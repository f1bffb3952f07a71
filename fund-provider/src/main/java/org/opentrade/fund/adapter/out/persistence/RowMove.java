package org.opentrade.fund.adapter.out.persistence;

import java.util.List;

import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.Bucket;
import org.opentrade.fund.domain.ledger.Posting;

/**
 * What one journal transaction does to one account row that can refuse it (a user's; a debit of FEES would be one
 * too): its postings on the row's two buckets, applied by one conditional UPDATE. A freeze is one move (available
 * to frozen on the same row), a settlement leg two (one asset each). The bounds are those the balance must lie in
 * before the move so that after it the bucket is neither negative nor beyond {@code Long.MAX_VALUE}; they are
 * computed here, so the SQL does no arithmetic that could overflow.
 *
 * @param postings the row's postings in canonical order (AVAILABLE before FROZEN), to judge a refusal
 */
record RowMove(long accountId, Asset asset, long availableDelta, long frozenDelta, long availableMin,
               long availableMax, long frozenMin, long frozenMax, List<Posting> postings) {

    /** @param postingsOnRow postings of one transaction on one (account, asset), at most one per bucket */
    static RowMove of(long accountId, Asset asset, List<Posting> postingsOnRow) {
        long available = 0;
        long frozen = 0;
        for (Posting posting : postingsOnRow) {
            if (posting.bucket() == Bucket.AVAILABLE) {
                available = posting.amount();
            } else {
                frozen = posting.amount();
            }
        }
        return new RowMove(accountId, asset, available, frozen, Math.max(0, -available),
                Long.MAX_VALUE - Math.max(0, available), Math.max(0, -frozen), Long.MAX_VALUE - Math.max(0, frozen),
                List.copyOf(postingsOnRow));
    }

    /** What the ledger answers for this move on a row with these balances: {@link Posting#judge}, in order. */
    ApplyOutcome judge(long available, long frozen, boolean suspended) {
        for (Posting posting : postings) {
            long before = posting.bucket() == Bucket.AVAILABLE ? available : frozen;
            ApplyOutcome judged = posting.judge(before, suspended);
            if (judged != ApplyOutcome.APPLIED) {
                return judged;
            }
        }
        return ApplyOutcome.APPLIED;
    }
}
