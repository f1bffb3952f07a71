package org.opentrade.fund.domain.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opentrade.api.money.Asset;

/**
 * The ledger's invariants, checked over a set of balances and the sums of the journal postings behind them:
 * per asset everything sums to zero, no user bucket (nor FEES) is negative, and every balance equals the sum of
 * its postings. The same function audits the in-memory {@link Ledger} and the database.
 */
public final class Audit {
    private Audit() {
    }

    public static AuditReport of(Map<BalanceKey, Long> balances, Map<BalanceKey, Long> journalSums) {
        List<Violation> violations = new ArrayList<>();
        Map<Asset, Long> sums = sumByAsset(balances);
        sums.forEach((asset, sum) -> {
            if (sum != 0) {
                violations.add(new Violation.AssetSumNotZero(asset, sum));
            }
        });
        new TreeMap<>(balances).forEach((key, balance) -> {
            if (balance < 0 && !key.mayGoNegative()) {
                violations.add(new Violation.NegativeBalance(key, balance));
            }
        });
        violations.addAll(differences(balances, journalSums));
        return new AuditReport(sums, violations, systemTotalsByKind(balances));
    }

    private static Map<Asset, Long> sumByAsset(Map<BalanceKey, Long> balances) {
        Map<Asset, Long> sums = new EnumMap<>(Asset.class);
        for (Asset asset : Asset.ALL) {
            sums.put(asset, 0L);
        }
        balances.forEach((key, balance) -> sums.merge(key.asset(), balance, Audit::saturatingAdd));
        return sums;
    }

    private static List<Violation> differences(Map<BalanceKey, Long> balances, Map<BalanceKey, Long> journalSums) {
        List<Violation> differences = new ArrayList<>();
        new TreeMap<>(balances).forEach((key, balance) -> {
            long journalSum = journalSums.getOrDefault(key, 0L);
            if (balance != journalSum) {
                differences.add(new Violation.BalanceDiffersFromJournal(key, balance, journalSum));
            }
        });
        new TreeMap<>(journalSums).forEach((key, journalSum) -> {
            if (!balances.containsKey(key) && journalSum != 0) {
                differences.add(new Violation.BalanceDiffersFromJournal(key, 0, journalSum));
            }
        });
        return differences;
    }

    private static Map<SystemAccount, Map<Asset, Long>> systemTotalsByKind(Map<BalanceKey, Long> balances) {
        Map<SystemAccount, Map<Asset, Long>> totals = new EnumMap<>(SystemAccount.class);
        for (SystemAccount kind : SystemAccount.values()) {
            Map<Asset, Long> byAsset = new EnumMap<>(Asset.class);
            for (Asset asset : Asset.ALL) {
                long total = 0;
                for (int shard = 0; shard < AccountIds.SHARD_COUNT; shard++) {
                    BalanceKey key = new BalanceKey(kind.idInShard(shard), asset, Bucket.AVAILABLE);
                    total = saturatingAdd(total, balances.getOrDefault(key, 0L));
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
    static long saturatingAdd(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }
}
