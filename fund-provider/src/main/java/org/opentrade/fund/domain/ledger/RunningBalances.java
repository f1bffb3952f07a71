package org.opentrade.fund.domain.ledger;

import java.util.HashMap;
import java.util.Map;

/**
 * Balances carried through a statement: each balance starts at its opening value (the sum of the account's postings
 * before the statement's range; a balance equals the sum of its postings) and every posting, taken in the
 * statement's order, adds its amount. So the last posting of a key in a statement that runs up to now shows that
 * balance as the account holds it.
 */
public final class RunningBalances {
    private final Map<BalanceKey, Long> balances;

    public RunningBalances(Map<BalanceKey, Long> opening) {
        this.balances = new HashMap<>(opening);
    }

    /** Applies a posting of {@code amount} to {@code key} and answers the balance after it. */
    public long after(BalanceKey key, long amount) {
        long balance = Math.addExact(balances.getOrDefault(key, 0L), amount);
        balances.put(key, balance);
        return balance;
    }
}
