package org.opentrade.fund.domain.ledger;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * The randomized test's own bookkeeping, written apart from {@link Ledger} so that the two can disagree: its
 * own journal of what should have been applied, balances summed from that journal, overflow judged with
 * {@link BigInteger}, content compared as sets and the non-negative rule stated from the id ranges.
 */
final class ReferenceLedger {
    private static final long FEES_FIRST_ID = 200;
    private static final long FEES_LAST_ID = 203;

    final List<JournalTransaction> journal = new ArrayList<>();
    final Map<BalanceKey, Long> balances = new HashMap<>();
    final Map<String, JournalTransaction> appliedByReference = new HashMap<>();

    long balance(BalanceKey key) {
        return balances.getOrDefault(key, 0L);
    }

    /** What applying {@code transaction} must answer, given everything recorded so far. */
    ApplyOutcome expectedOutcome(JournalTransaction transaction) {
        JournalTransaction earlier = appliedByReference.get(transaction.reference());
        if (earlier != null) {
            return sameContent(earlier, transaction) ? ApplyOutcome.ALREADY_APPLIED : ApplyOutcome.REFERENCE_CONFLICT;
        }
        for (Posting posting : transaction.postings()) {
            BigInteger next = BigInteger.valueOf(balance(posting.key())).add(BigInteger.valueOf(posting.amount()));
            if (next.bitLength() > 63) {
                return ApplyOutcome.BALANCE_OVERFLOW;
            }
            if (next.signum() < 0 && mustStayNonNegative(posting.accountId())) {
                return ApplyOutcome.INSUFFICIENT_FUNDS;
            }
        }
        return ApplyOutcome.APPLIED;
    }

    /** Records an applied transaction; false if its reference was already taken (which must never happen). */
    boolean record(JournalTransaction transaction) {
        if (appliedByReference.putIfAbsent(transaction.reference(), transaction) != null) {
            return false;
        }
        journal.add(transaction);
        for (Posting posting : transaction.postings()) {
            balances.merge(posting.key(), posting.amount(), Long::sum);
        }
        return true;
    }

    /** Balances recomputed from nothing but the journal, to check the incremental ones. */
    Map<BalanceKey, Long> replayJournal() {
        Map<BalanceKey, Long> replayed = new HashMap<>();
        for (JournalTransaction transaction : journal) {
            for (Posting posting : transaction.postings()) {
                replayed.merge(posting.key(), posting.amount(), Math::addExact);
            }
        }
        return replayed;
    }

    static boolean mustStayNonNegative(long accountId) {
        return accountId >= Users.ALICE || (accountId >= FEES_FIRST_ID && accountId <= FEES_LAST_ID);
    }

    private static boolean sameContent(JournalTransaction a, JournalTransaction b) {
        Set<Posting> postingsOfA = new HashSet<>(a.postings());
        return a.type() == b.type() && a.postings().size() == b.postings().size()
                && postingsOfA.equals(new HashSet<>(b.postings()));
    }
}
