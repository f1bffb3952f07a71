package org.opentrade.fund.domain.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.opentrade.api.money.Asset;

/**
 * The ledger in memory: the executable specification that the database adapter must agree with, posting for
 * posting and outcome for outcome. Not thread-safe; one writer.
 *
 * <p>{@link #apply} is atomic and idempotent on the journal reference. Only applied transactions consume their
 * reference: a rejected one leaves no trace (in the database its local transaction rolls back), so retrying
 * it later is judged afresh.
 */
public final class Ledger {

    private final Map<BalanceKey, Long> balances = new HashMap<>();
    private final Map<String, JournalTransaction> appliedByReference = new HashMap<>();
    private final List<JournalTransaction> journal = new ArrayList<>();
    private final Set<Long> suspendedUsers = new HashSet<>();

    /** From now on nothing is taken from the user's available balances (see {@link Posting#debitsUserAvailable}). */
    public void suspend(long userId) {
        AccountIds.requireUser(userId);
        suspendedUsers.add(userId);
    }

    public void reinstate(long userId) {
        suspendedUsers.remove(userId);
    }

    public boolean isSuspended(long userId) {
        return suspendedUsers.contains(userId);
    }

    /**
     * Applies every posting of {@code transaction} or none. Postings are checked in their canonical order
     * and the first that fails decides the outcome.
     */
    public ApplyOutcome apply(JournalTransaction transaction) {
        JournalTransaction earlier = appliedByReference.get(transaction.reference());
        if (earlier != null) {
            return earlier.equals(transaction) ? ApplyOutcome.ALREADY_APPLIED : ApplyOutcome.REFERENCE_CONFLICT;
        }
        Map<BalanceKey, Long> after = new LinkedHashMap<>();
        for (Posting posting : transaction.postings()) {
            if (posting.debitsUserAvailable() && suspendedUsers.contains(posting.accountId())) {
                return ApplyOutcome.ACCOUNT_SUSPENDED;
            }
            long before = balances.getOrDefault(posting.key(), 0L);
            long next;
            try {
                next = Math.addExact(before, posting.amount());
            } catch (ArithmeticException overflow) {
                return ApplyOutcome.BALANCE_OVERFLOW;
            }
            if (next < 0 && !posting.key().mayGoNegative()) {
                return ApplyOutcome.INSUFFICIENT_FUNDS;
            }
            after.put(posting.key(), next);
        }
        balances.putAll(after);
        appliedByReference.put(transaction.reference(), transaction);
        journal.add(transaction);
        return ApplyOutcome.APPLIED;
    }

    public long balance(BalanceKey key) {
        return balances.getOrDefault(key, 0L);
    }

    public Balance balance(long accountId, Asset asset) {
        return new Balance(accountId, asset,
                balance(new BalanceKey(accountId, asset, Bucket.AVAILABLE)),
                balance(new BalanceKey(accountId, asset, Bucket.FROZEN)));
    }

    /** Every balance ever posted to, zeros included, in canonical order. */
    public Map<BalanceKey, Long> balances() {
        return Collections.unmodifiableMap(new TreeMap<>(balances));
    }

    public Optional<JournalTransaction> applied(String reference) {
        return Optional.ofNullable(appliedByReference.get(reference));
    }

    /** The applied transactions in the order they took effect. */
    public List<JournalTransaction> journal() {
        return Collections.unmodifiableList(journal);
    }

    /** Checks every invariant against balances and a replay of the journal. */
    public AuditReport audit() {
        Map<BalanceKey, Long> replayed = new HashMap<>();
        for (JournalTransaction transaction : journal) {
            for (Posting posting : transaction.postings()) {
                replayed.merge(posting.key(), posting.amount(), Audit::saturatingAdd);
            }
        }
        return Audit.of(balances, replayed);
    }
}
