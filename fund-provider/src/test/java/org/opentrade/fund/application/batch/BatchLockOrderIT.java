package org.opentrade.fund.application.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.fund.application.batch.LedgerFixture.ONE;
import static org.opentrade.fund.application.batch.LedgerFixture.movement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.fund.application.Balances;
import org.opentrade.fund.application.LedgerAudit;
import org.opentrade.fund.application.Movements;
import org.opentrade.fund.application.port.JournalHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Batches that touch the same users in different orders, and single postings beside them, on one shard of the real
 * MariaDB: they lock rows in one order (users by key, then system rows), so InnoDB never has to pick a deadlock
 * victim. Before that order existed, this workload deadlocked within a few rounds (the retry hid it, at the cost of
 * latency spikes of seconds on the order path).
 */
@SpringBootTest(properties = {"seata.enabled=false", "dubbo.registry.register=false", "dubbo.protocol.port=-1",
        "server.port=0", "opentrade.sentinel.api-port=18722"})
@ActiveProfiles("local") // the running local stack's databases, with its documented credentials
class BatchLockOrderIT {
    static final int USERS = 8;
    static final int THREADS = 6;
    static final int ROUNDS = 40;

    @Autowired
    HoldBatches holds;
    @Autowired
    Movements movements;
    @Autowired
    Balances balances;
    @Autowired
    JournalHistory journal;
    @Autowired
    LedgerAudit audit;
    @Value("${opentrade.db.primary-url}")
    String primaryUrl;
    @Value("${opentrade.db.username}")
    String username;
    @Value("${opentrade.db.password}")
    String password;

    @Test
    void concurrentBatchesInShuffledOrderNeverDeadlock() throws Exception {
        LedgerFixture f = new LedgerFixture(balances, movements, journal, audit);
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            long user = LedgerFixture.userOnShard(1);
            users.add(user);
            f.deposit(user, "USD", 1_000 * ONE);
        }
        long deadlocksBefore = deadlocks();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(pool.submit(() -> holdAndRelease(f, users, thread)));
            }
            for (Future<?> w : work) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(deadlocks() - deadlocksBefore).as("deadlocks InnoDB resolved during the run").isZero();
        long available = 0;
        for (long user : users) {
            long[] money = f.money(user, "USD");
            assertThat(money[1]).as("frozen").isZero();
            available += money[0];
        }
        assertThat(available).isEqualTo(USERS * 1_000 * ONE + THREADS * ROUNDS);
        f.assertSound();
    }

    /** Each round: hold 1 USD of every user (shuffled), release it (shuffled again), and deposit to one of them. */
    private void holdAndRelease(LedgerFixture f, List<Long> users, int thread) {
        Random random = new Random(thread);
        for (int round = 0; round < ROUNDS; round++) {
            List<LedgerMovement> batch = new ArrayList<>();
            List<Long> order = new ArrayList<>(users);
            Collections.shuffle(order, random);
            for (long user : order) {
                batch.add(movement(user, "USD", ONE, f.run + "hold-" + thread + "-" + round + "-" + user));
            }
            assertThat(holds.freezeAll(batch)).allMatch(MovementResult::isDone);
            Collections.shuffle(batch, random);
            assertThat(holds.unfreezeAll(batch)).allMatch(MovementResult::isDone);
            f.deposit(order.get(0), "USD", 1);
        }
    }

    private long deadlocks() throws SQLException {
        try (Connection c = DriverManager.getConnection(primaryUrl, username, password);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")) {
            r.next();
            return r.getLong(2);
        }
    }
}
