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
 * it later is judged afresh. The one other thing that consumes a reference is a {@link HoldVoid} of a hold not
 * taken: it spends the hold's reference without postings.
 *
 * <p>The batch calls ({@link #applyAll}, {@link #voidHolds}, {@link #settleAll}) answer item for item what the
 * single calls answer when made one by one in request order; the database adapter's batches must agree.
 */
public final class Ledger {

    private final Map<BalanceKey, Long> balances = new HashMap<>();
    private final Map<String, JournalTransaction> appliedByReference = new HashMap<>();
    private final List<JournalTransaction> journal = new ArrayList<>();
    private final Set<Long> suspendedUsers = new HashSet<>();
    /** Hold references spent by a void that found no hold: no hold may take them afterwards. */
    private final Map<String, HoldVoid> voidedByReference = new HashMap<>();

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
        if (voidedByReference.containsKey(transaction.reference())) {
            return ApplyOutcome.REFERENCE_CONFLICT;
        }
        JournalTransaction earlier = appliedByReference.get(transaction.reference());
        if (earlier != null) {
            return earlier.equals(transaction) ? ApplyOutcome.ALREADY_APPLIED : ApplyOutcome.REFERENCE_CONFLICT;
        }
        Map<BalanceKey, Long> after = new LinkedHashMap<>();
        for (Posting posting : transaction.postings()) {
            long before = balances.getOrDefault(posting.key(), 0L);
            ApplyOutcome judged = posting.judge(before, suspendedUsers.contains(posting.accountId()));
            if (judged != ApplyOutcome.APPLIED) {
                return judged;
            }
            after.put(posting.key(), before + posting.amount());
        }
        balances.putAll(after);
        appliedByReference.put(transaction.reference(), transaction);
        journal.add(transaction);
        return ApplyOutcome.APPLIED;
    }

    /** {@link #apply} of each transaction in order, one outcome each. */
    public List<ApplyOutcome> applyAll(List<JournalTransaction> transactions) {
        List<ApplyOutcome> outcomes = new ArrayList<>(transactions.size());
        for (JournalTransaction transaction : transactions) {
            outcomes.add(apply(transaction));
        }
        return outcomes;
    }

    /**
     * Releases the hold if it was taken with exactly the void's content (the release's own outcome: APPLIED, or
     * ALREADY_APPLIED if it was released before); spends the hold's reference if no hold took it (APPLIED, then
     * ALREADY_APPLIED for the same void again). REFERENCE_CONFLICT when the reference names another hold or another
     * void.
     */
    public ApplyOutcome voidHold(HoldVoid holdVoid) {
        String reference = holdVoid.hold().reference();
        HoldVoid earlierVoid = voidedByReference.get(reference);
        if (earlierVoid != null) {
            return earlierVoid.equals(holdVoid) ? ApplyOutcome.ALREADY_APPLIED : ApplyOutcome.REFERENCE_CONFLICT;
        }
        JournalTransaction hold = appliedByReference.get(reference);
        if (hold == null) {
            voidedByReference.put(reference, holdVoid);
            return ApplyOutcome.APPLIED;
        }
        return hold.equals(holdVoid.hold()) ? apply(holdVoid.release()) : ApplyOutcome.REFERENCE_CONFLICT;
    }

    /** {@link #voidHold} of each in order, one outcome each. */
    public List<ApplyOutcome> voidHolds(List<HoldVoid> holdVoids) {
        List<ApplyOutcome> outcomes = new ArrayList<>(holdVoids.size());
        for (HoldVoid holdVoid : holdVoids) {
            outcomes.add(voidHold(holdVoid));
        }
        return outcomes;
    }

    /** Both legs of each fill, as {@link SettlementBatch} orders them; one outcome per fill. */
    public List<ApplyOutcome> settleAll(List<SettlementLegs> fills) {
        return SettlementBatch.settle(fills, this::applyAll);
    }

    /** The void that spent this hold reference (a journal reference, {@code FREEZE:...}), if any. */
    public Optional<HoldVoid> voided(String holdReference) {
        return Optional.ofNullable(voidedByReference.get(holdReference));
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
