package org.opentrade.fund.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opentrade.fund.domain.ledger.AccountIds;
import org.opentrade.fund.domain.ledger.BalanceKey;
import org.opentrade.fund.domain.ledger.Posting;
import org.opentrade.fund.domain.ledger.SystemAccount;

/**
 * The postings of a shard's batch that no balance can refuse for funds: those to the clearing accounts (which may go
 * negative) and credits to FEES. They are summed per account and asset and added once, at the end of the shard's
 * transaction, so the hot system rows take one statement per batch and stay locked for the shortest time.
 *
 * <p>Only an overflow could refuse them. Every running total of a batch's postings on an account lies between the
 * sum of its negative postings and the sum of its positive ones, so when the balance can take both, no item could
 * have overflowed posted one by one, and the sum is exactly what those items would have left. When it cannot (a
 * balance within the batch's gross volume of the BIGINT bounds) the update changes nothing and the caller redoes
 * the shard's items one at a time ({@link SystemBalanceNearBounds}).
 */
final class SystemPostings {
    /** Per system balance: the sum of its positive postings, the sum of its negative ones. */
    private final Map<BalanceKey, long[]> sums = new TreeMap<>();
    private boolean beyondLong;

    /** True for the postings this class takes; every other posting is part of a {@link RowMove}. */
    static boolean takes(Posting posting) {
        return !AccountIds.isUser(posting.accountId()) && (posting.key().mayGoNegative() || posting.amount() > 0);
    }

    void add(Posting posting) {
        long[] sum = sums.computeIfAbsent(posting.key(), key -> new long[2]);
        int side = posting.amount() > 0 ? 0 : 1;
        try {
            sum[side] = Math.addExact(sum[side], posting.amount());
        } catch (ArithmeticException overflow) {
            beyondLong = true;
        }
    }

    /** One move per balance, in canonical order (the order every transaction on the shard locks rows in). */
    List<SystemMove> moves() {
        if (beyondLong) {
            throw new SystemBalanceNearBounds();
        }
        List<SystemMove> moves = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> {
            boolean mayGoNegative = SystemAccount.of(key.accountId()).orElseThrow().mayGoNegative();
            long min = (mayGoNegative ? Long.MIN_VALUE : 0) - sum[1];
            moves.add(new SystemMove(key.accountId(), key.asset(), sum[0] + sum[1], min, Long.MAX_VALUE - sum[0]));
        });
        return moves;
    }
}
