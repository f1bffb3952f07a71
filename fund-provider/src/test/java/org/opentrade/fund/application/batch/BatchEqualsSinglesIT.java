package org.opentrade.fund.application.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.ErrorCode.INSUFFICIENT_FUNDS;
import static org.opentrade.api.ErrorCode.REFERENCE_CONFLICT;
import static org.opentrade.api.ErrorCode.USER_FROZEN;
import static org.opentrade.fund.application.batch.LedgerFixture.ONE;
import static org.opentrade.fund.application.batch.LedgerFixture.movement;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.fund.application.Balances;
import org.opentrade.fund.application.JournalEntry;
import org.opentrade.fund.application.LedgerAudit;
import org.opentrade.fund.application.Movements;
import org.opentrade.fund.application.port.JournalHistory;
import org.opentrade.fund.application.Settlements;
import org.opentrade.fund.application.suspension.UserSuspensions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same items through the batch calls and through the single calls, on two sets of users on the same shards, on
 * the real sharded MariaDB: the same answers, the same balances, the same journal rows. Registers nothing.
 */
@ActiveProfiles("local") // the running local stack's databases, with its documented credentials
@SpringBootTest(properties = {"seata.enabled=false", "dubbo.registry.register=false", "dubbo.protocol.port=-1",
        "server.port=0", "opentrade.sentinel.api-port=18722"})
class BatchEqualsSinglesIT {
    static final int TIMED_HOLDS = 50;
    /** Rounds run before the timed ones, so that the figures are of compiled code, not of the JIT's first pass. */
    static final int WARM_UP_ROUNDS = 10;
    static final int TIMED_ROUNDS = 3;

    @Autowired
    HoldBatches holds;
    @Autowired
    SettlementBatches settlements;
    @Autowired
    Movements movements;
    @Autowired
    Settlements settlement;
    @Autowired
    UserSuspensions suspensions;
    @Autowired
    Balances balances;
    @Autowired
    JournalHistory journal;
    @Autowired
    LedgerAudit audit;

    LedgerFixture f;

    /** The four money calls, as the scenario makes them: each answers one refusal (or null) per item. */
    interface Calls {
        List<ErrorCode> freeze(List<LedgerMovement> items);

        List<ErrorCode> unfreeze(List<LedgerMovement> items);

        List<ErrorCode> settle(List<FillSettlement> items);

        List<ErrorCode> voidHolds(List<LedgerMovement> items);
    }

    @BeforeEach
    void fixture() {
        f = new LedgerFixture(balances, movements, journal, audit);
    }

    @AfterEach
    void theLedgerIsSound() {
        f.assertSound();
    }

    Calls batched() {
        return new Calls() {
            public List<ErrorCode> freeze(List<LedgerMovement> items) {
                return refusals(holds.freezeAll(items));
            }

            public List<ErrorCode> unfreeze(List<LedgerMovement> items) {
                return refusals(holds.unfreezeAll(items));
            }

            public List<ErrorCode> settle(List<FillSettlement> items) {
                return refusals(settlements.settleAll(items));
            }

            public List<ErrorCode> voidHolds(List<LedgerMovement> items) {
                return refusals(holds.voidHolds(items));
            }
        };
    }

    /** A void has no single call: one at a time it is a batch of one. */
    Calls oneByOne() {
        return new Calls() {
            public List<ErrorCode> freeze(List<LedgerMovement> items) {
                return each(items, movements::freeze);
            }

            public List<ErrorCode> unfreeze(List<LedgerMovement> items) {
                return each(items, movements::unfreeze);
            }

            public List<ErrorCode> settle(List<FillSettlement> items) {
                return each(items, settlement::settle);
            }

            public List<ErrorCode> voidHolds(List<LedgerMovement> items) {
                return items.stream().map(m -> holds.voidHolds(List.of(m)).get(0).refusal()).toList();
            }
        };
    }

    static List<ErrorCode> refusals(List<MovementResult> results) {
        return results.stream().map(MovementResult::refusal).toList();
    }

    static <T> List<ErrorCode> each(List<T> items, Consumer<T> call) {
        List<ErrorCode> refusals = new ArrayList<>();
        for (T item : items) {
            try {
                call.accept(item);
                refusals.add(null);
            } catch (BusinessException refused) {
                refusals.add(refused.code());
            }
        }
        return refusals;
    }

    @Test
    void aBatchAnswersAndPostsWhatItsItemsOneByOneDo() {
        long[] x = usersForTheScenario();
        long[] y = usersForTheScenario();
        String px = f.run + "x-";
        String py = f.run + "y-";

        List<List<ErrorCode>> batchAnswers = scenario(batched(), x, px);
        List<List<ErrorCode>> singleAnswers = scenario(oneByOne(), y, py);

        assertThat(batchAnswers).isEqualTo(singleAnswers).containsExactly(
                Arrays.asList(null, null, null, null, INSUFFICIENT_FUNDS, null, REFERENCE_CONFLICT, null, USER_FROZEN),
                Arrays.asList(null, null, null, INSUFFICIENT_FUNDS, null),
                Arrays.asList(null, null, null, INSUFFICIENT_FUNDS),
                Arrays.asList(null, INSUFFICIENT_FUNDS, null, REFERENCE_CONFLICT, REFERENCE_CONFLICT),
                List.of(REFERENCE_CONFLICT, REFERENCE_CONFLICT));
        for (int i = 0; i < x.length; i++) {
            for (String asset : List.of("USD", "BTC")) {
                assertThat(f.money(x[i], asset)).as("user %d %s", i, asset).containsExactly(f.money(y[i], asset));
            }
            assertThat(rows(x[i], px)).as("journal of user %d", i).isNotEmpty().isEqualTo(rows(y[i], py));
        }
    }

    /** Four users, one per shard, and a fifth on a random shard who gets suspended. */
    private static long[] usersForTheScenario() {
        long[] u = LedgerFixture.onEveryShard();
        return new long[] {u[0], u[1], u[2], u[3], LedgerFixture.userOnShard((int) (u[0] % 3))};
    }

    private List<List<ErrorCode>> scenario(Calls calls, long[] u, String p) {
        for (int i = 0; i < u.length; i++) {
            movements.deposit(movement(u[i], "USD", 100 * ONE, p + "usd" + i));
            movements.deposit(movement(u[i], "BTC", 2 * ONE, p + "btc" + i));
        }
        suspensions.suspend(u[4]);
        List<List<ErrorCode>> answers = new ArrayList<>();
        answers.add(calls.freeze(List.of(movement(u[0], "USD", 40 * ONE, p + "o1"),
                movement(u[1], "BTC", ONE, p + "o2"), movement(u[2], "USD", 30 * ONE, p + "o3"),
                movement(u[3], "BTC", ONE, p + "o4"), movement(u[0], "USD", 70 * ONE, p + "o5"),
                movement(u[1], "BTC", ONE, p + "o2"), movement(u[2], "USD", ONE, p + "o3"),
                movement(u[3], "BTC", ONE, p + "o6"), movement(u[4], "USD", ONE, p + "o8"))));
        FillSettlement t1 = fill(p + "t1", u[0], u[1], ONE / 2, 20 * ONE, ONE / 10, ONE / 10);
        answers.add(calls.settle(List.of(t1, fill(p + "t2", u[2], u[3], ONE, 25 * ONE, 0, 0),
                fill(p + "t3", u[0], u[3], ONE, 10 * ONE, 0, 0),
                fill(p + "t4", u[2], u[1], ONE / 2, 50 * ONE, 0, 0), t1)));
        answers.add(calls.unfreeze(List.of(movement(u[0], "USD", 99 * ONE / 10, p + "o1"),
                movement(u[1], "BTC", ONE / 2, p + "o2"), movement(u[2], "USD", 5 * ONE, p + "o3"),
                movement(u[3], "BTC", ONE, p + "o6"))));
        answers.add(calls.voidHolds(List.of(movement(u[0], "USD", 70 * ONE, p + "o5"),
                movement(u[3], "BTC", ONE, p + "o4"), movement(u[1], "BTC", ONE, p + "o7"),
                movement(u[1], "BTC", ONE, p + "o2"), movement(u[2], "USD", 30 * ONE, p + "o3"))));
        answers.add(calls.freeze(List.of(movement(u[1], "BTC", ONE, p + "o7"),
                movement(u[0], "USD", 70 * ONE, p + "o5"))));
        return answers;
    }

    private static FillSettlement fill(String trade, long buyer, long seller, long quantity, long notional,
                                       long buyerFee, long sellerFee) {
        return new FillSettlement(trade, buyer, seller, "BTC", "USD", quantity, notional, buyerFee, sellerFee);
    }

    /** The user's journal rows, references without the set's prefix, in a stable order. */
    private List<String> rows(long user, String prefix) {
        return f.journal(user).stream().map(JournalEntry::toString).map(row -> row
                .replaceAll("entryId=\\d+, ", "").replaceAll(", createdAtEpochMs=\\d+", "").replace(prefix, ""))
                .sorted().toList();
    }

    @Test
    void printsTheWallTimeOfFiftyHoldsInOneBatchAndOfFiftySingleHolds() {
        long[] users = new long[8];
        for (int i = 0; i < users.length; i++) {
            users[i] = LedgerFixture.userOnShard(i % 4);
            f.deposit(users[i], "USD", 10_000 * ONE);
        }
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            timedRound(users, "warm-up " + round, TIMED_HOLDS, false);
        }
        for (int round = 1; round <= TIMED_ROUNDS; round++) {
            timedRound(users, "round " + round, TIMED_HOLDS, true);
        }
    }

    /** Wall time, and the CPU time of this thread (MyBatis, ShardingSphere, the driver: fund-provider's share). */
    private void timedRound(long[] users, String round, int holdCount, boolean print) {
        List<LedgerMovement> batch = new ArrayList<>();
        List<LedgerMovement> singles = new ArrayList<>();
        for (int k = 0; k < holdCount; k++) {
            batch.add(movement(users[k % users.length], "USD", ONE, f.run + round + "-b" + k));
            singles.add(movement(users[k % users.length], "USD", ONE, f.run + round + "-s" + k));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpuTime = cpu.getCurrentThreadCpuTime();
        List<MovementResult> results = holds.freezeAll(batch);
        long batchWallNs = System.nanoTime() - wall;
        long batchCpuNs = cpu.getCurrentThreadCpuTime() - cpuTime;
        wall = System.nanoTime();
        cpuTime = cpu.getCurrentThreadCpuTime();
        singles.forEach(movements::freeze);
        long singlesWallNs = System.nanoTime() - wall;
        long singlesCpuNs = cpu.getCurrentThreadCpuTime() - cpuTime;
        assertThat(results).allMatch(MovementResult::isDone);
        if (!print) {
            return;
        }
        System.out.printf("freezeAll timing, %s: one freezeAll of %d holds %.1f ms wall, %.1f ms CPU; %d single freeze"
                + " calls %.1f ms wall, %.1f ms CPU%n", round, holdCount, batchWallNs / 1e6, batchCpuNs / 1e6,
                holdCount, singlesWallNs / 1e6, singlesCpuNs / 1e6);
    }
}
