package org.opentrade.fund.application.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.shardingsphere.infra.hint.HintManager;
import org.opentrade.api.fund.AuditView;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.fund.application.Balances;
import org.opentrade.fund.application.JournalEntry;
import org.opentrade.fund.application.LedgerAudit;
import org.opentrade.fund.application.Movements;
import org.opentrade.fund.application.port.JournalHistory;
import org.opentrade.fund.domain.Account;

/**
 * The ITs' own users (far above the registered ones, so the running stack is not disturbed), their money, what
 * the primary holds for them, and the audit every IT that moves money ends with.
 */
final class LedgerFixture {
    static final long ONE = 100_000_000L;
    /** Journal rows read per user: far more than any test posts. */
    static final int JOURNAL_ROWS_MAX = 500;
    private static final AtomicLong DEPOSITS = new AtomicLong();

    private final Balances balances;
    private final Movements movements;
    private final JournalHistory journal;
    private final LedgerAudit audit;
    /** Prefixes every reference of a test, so that reruns and other tests never share one. */
    final String run = "it" + ThreadLocalRandom.current().nextLong(1L << 40) + "-";

    LedgerFixture(Balances balances, Movements movements, JournalHistory journal, LedgerAudit audit) {
        this.balances = balances;
        this.movements = movements;
        this.journal = journal;
        this.audit = audit;
    }

    /** A user id of our own on {@code shard} (database id % 2, table (id / 2) % 2). */
    static long userOnShard(int shard) {
        return 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 4 + shard;
    }

    /** One user per shard, shard 0 first. */
    static long[] onEveryShard() {
        return new long[] {userOnShard(0), userOnShard(1), userOnShard(2), userOnShard(3)};
    }

    static LedgerMovement movement(long user, String asset, long amount, String reference) {
        return new LedgerMovement(user, asset, amount, reference);
    }

    void deposit(long user, String asset, long amount) {
        movements.deposit(movement(user, asset, amount, run + "deposit-" + DEPOSITS.incrementAndGet()));
    }

    Account account(long user, String asset) {
        return balances.of(user).stream().filter(a -> a.asset().name().equals(asset)).findFirst().orElseThrow();
    }

    /** {available, frozen} in 10^-8 units. */
    long[] money(long user, String asset) {
        Account account = account(user, asset);
        return new long[] {account.available(), account.frozen()};
    }

    /** The user's journal rows from the primary, oldest first. */
    List<JournalEntry> journal(long user) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return journal.oldestFirst(user, null, new TimeWindow(0, 0), JOURNAL_ROWS_MAX);
        }
    }

    /** Journal rows of the user whose reference mentions {@code businessReference}. */
    List<JournalEntry> journal(long user, String businessReference) {
        return journal(user).stream().filter(e -> e.reference().endsWith(":" + businessReference)).toList();
    }

    /** The whole ledger (the stack's users too): no violation, every asset sums to zero. */
    void assertSound() {
        AuditView view = audit.run();
        assertThat(view.violations()).isEmpty();
        assertThat(view.sound()).isTrue();
        assertThat(view.sumByAsset().values()).containsOnly(0L);
    }
}
