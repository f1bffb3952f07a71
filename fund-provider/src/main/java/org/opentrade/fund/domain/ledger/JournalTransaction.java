package org.opentrade.fund.domain.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.opentrade.api.money.Asset;

/**
 * A set of postings applied all together or not at all, exactly once per reference.
 *
 * <p>Valid by construction: a non-blank reference of at most {@link LedgerLimits#REFERENCE_LENGTH_MAX}
 * characters; 1 .. {@link LedgerLimits#POSTINGS_MAX} postings, at most one per balance; per asset the
 * postings sum to zero (double-entry); and all accounts on one shard, so that the database applies it in one
 * local transaction. Movements between shards are two transactions meeting in a clearing account
 * ({@link SystemAccount#TRADE_CLEARING}, {@link SystemAccount#TRANSFER_CLEARING}).
 *
 * <p>Postings are kept in {@link BalanceKey#ORDER}, whatever order they were given in, so two transactions
 * with the same content are {@code equals}: that is how a retry is told from a reuse of its reference.
 */
public record JournalTransaction(String reference, TransactionType type, List<Posting> postings) {

    public JournalTransaction {
        Objects.requireNonNull(type, "type");
        requireReference(reference);
        postings = canonical(postings);
        requireBalancedPerAsset(postings);
        requireOneShard(postings);
    }

    /** The shard every posting of this transaction lives on. */
    public int shard() {
        return AccountIds.shardOf(postings.get(0).accountId());
    }

    private static void requireReference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("blank reference");
        }
        if (reference.length() > LedgerLimits.REFERENCE_LENGTH_MAX) {
            throw new IllegalArgumentException("reference longer than " + LedgerLimits.REFERENCE_LENGTH_MAX);
        }
    }

    private static List<Posting> canonical(List<Posting> postings) {
        Objects.requireNonNull(postings, "postings");
        if (postings.isEmpty() || postings.size() > LedgerLimits.POSTINGS_MAX) {
            throw new IllegalArgumentException(
                    "a transaction has 1.." + LedgerLimits.POSTINGS_MAX + " postings, not " + postings.size());
        }
        List<Posting> sorted = new ArrayList<>(postings);
        sorted.sort((a, b) -> BalanceKey.ORDER.compare(a.key(), b.key()));
        Set<BalanceKey> seen = new HashSet<>();
        for (Posting posting : sorted) {
            if (!seen.add(posting.key())) {
                throw new IllegalArgumentException("two postings on " + posting.key());
            }
        }
        return List.copyOf(sorted);
    }

    private static void requireBalancedPerAsset(List<Posting> postings) {
        Map<Asset, Long> sums = new EnumMap<>(Asset.class);
        for (Posting posting : postings) {
            sums.merge(posting.asset(), posting.amount(), Math::addExact);
        }
        sums.forEach((asset, sum) -> {
            if (sum != 0) {
                throw new IllegalArgumentException("postings in " + asset + " sum to " + sum + ", not 0");
            }
        });
    }

    private static void requireOneShard(List<Posting> postings) {
        int shard = AccountIds.shardOf(postings.get(0).accountId());
        for (Posting posting : postings) {
            if (AccountIds.shardOf(posting.accountId()) != shard) {
                throw new IllegalArgumentException("postings on shards " + shard + " and "
                        + AccountIds.shardOf(posting.accountId()) + "; split into legs via a clearing account");
            }
        }
    }
}
