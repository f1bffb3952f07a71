package org.opentrade.fund.domain.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Checks every invariant from scratch, replaying the journal rather than trusting the balances. */
    public AuditReport audit() {
        List<Violation> violations = new ArrayList<>();
        Map<Asset, Long> sums = sumByAsset();
        sums.forEach((asset, sum) -> {
            if (sum != 0) {
                violations.add(new Violation.AssetSumNotZero(asset, sum));
            }
        });
        balances.forEach((key, balance) -> {
            if (balance < 0 && !key.mayGoNegative()) {
                violations.add(new Violation.NegativeBalance(key, balance));
            }
        });
        violations.addAll(differencesFromJournal());
        return new AuditReport(sums, violations, systemTotalsByKind());
    }

    private Map<Asset, Long> sumByAsset() {
        Map<Asset, Long> sums = new EnumMap<>(Asset.class);
        for (Asset asset : Asset.ALL) {
            sums.put(asset, 0L);
        }
        balances.forEach((key, balance) -> sums.merge(key.asset(), balance, Ledger::saturatingAdd));
        return sums;
    }

    private List<Violation> differencesFromJournal() {
        Map<BalanceKey, Long> replayed = new HashMap<>();
        for (JournalTransaction transaction : journal) {
            for (Posting posting : transaction.postings()) {
                replayed.merge(posting.key(), posting.amount(), Ledger::saturatingAdd);
            }
        }
        List<Violation> differences = new ArrayList<>();
        new TreeMap<>(balances).forEach((key, balance) -> {
            long journalSum = replayed.getOrDefault(key, 0L);
            if (balance != journalSum) {
                differences.add(new Violation.BalanceDiffersFromJournal(key, balance, journalSum));
            }
        });
        replayed.forEach((key, journalSum) -> {
            if (!balances.containsKey(key)) {
                differences.add(new Violation.BalanceDiffersFromJournal(key, 0, journalSum));
            }
        });
        return differences;
    }

    private Map<SystemAccount, Map<Asset, Long>> systemTotalsByKind() {
        Map<SystemAccount, Map<Asset, Long>> totals = new EnumMap<>(SystemAccount.class);
        for (SystemAccount kind : SystemAccount.values()) {
            Map<Asset, Long> byAsset = new EnumMap<>(Asset.class);
            for (Asset asset : Asset.ALL) {
                long total = 0;
                for (int shard = 0; shard < AccountIds.SHARD_COUNT; shard++) {
                    BalanceKey key = new BalanceKey(kind.idInShard(shard), asset, Bucket.AVAILABLE);
                    total = saturatingAdd(total, balance(key));
                }
                byAsset.put(asset, total);
            }
            totals.put(kind, Collections.unmodifiableMap(byAsset));
        }
        return totals;
    }

    /**
     * Audit sums can exceed a {@code long} only in a ledger already broken beyond repair; saturating keeps the
     * report truthful (never a wrapped zero) without failing the audit that must report it.
     */
    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }
}
