package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Many transfers at once among users on all four shards: money is conserved, no balance goes negative, and
 * every acknowledged transfer is in both journals exactly once, also while the Seata coordinator restarts.
 */
class TransferConcurrencyIT {
    static final int USERS = 4;
    static final long START_UNITS = 1_000 * Money.ONE;
    static final Duration QUIET_WITHIN = Duration.ofSeconds(180);
    static final Duration RECOVER_WITHIN = Duration.ofSeconds(90);

    record Outcome(String fromToken, String transferId, int status, String transferStatus) {
    }

    @Test
    void sixteenThreadsOfTwoHundredTransfersConserveMoneyAndPostEachTransferOnce() throws Exception {
        List<Api.Session> users = fundedUsersOnAllShards();
        int threads = 16;
        int perThread = 200;
        long started = System.nanoTime();
        List<Outcome> outcomes = runTransfers(users, threads, perThread, new AtomicBoolean(false));
        double seconds = (System.nanoTime() - started) / 1e9;
        long completed = outcomes.stream().filter(o -> "COMPLETED".equals(o.transferStatus())).count();
        System.out.printf("[measure] cross-shard transfers: %d requests, %d completed in %.1f s = %.0f transfers/s "
                + "(16 client threads, HTTP -> facade -> fund-provider -> Seata TCC, 2 shards per transfer)%n",
                outcomes.size(), completed, seconds, completed / seconds);

        assertThat(outcomes).hasSize(threads * perThread);
        // 503 is an honest answer when a transfer outlives its call deadline on this 2-core box (it may still
        // complete; conservation below counts what really happened); a 500 never is.
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isIn(201, 422, 503));
        assertThat(outcomes.stream().filter(o -> o.status() == 503).count()).isLessThanOrEqualTo(threads * perThread / 50);
        assertThat(completed).isGreaterThan(threads * perThread * 9L / 10);
        assertQuietAndConserved(users, outcomes);
    }

    @Test
    void oneIdempotencyKeySentConcurrentlyMovesMoneyOnce() throws Exception {
        Api.Session alice = Money.fundedUser("same-key", "USD", 10 * Money.ONE);
        Api.Session bob = Api.registerAndLogIn("same-key-to");
        String key = Money.newKey();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> Money.transfer(alice.token(), key, bob.username(), "USD", "3")));
            }
            Set<String> ids = ConcurrentHashMap.newKeySet();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get(60, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.raw()).isEqualTo(201);
                ids.add(r.body().get("transferId").asText());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        await().atMost(QUIET_WITHIN).untilAsserted(() -> {
            assertThat(Money.available(alice.token(), "USD")).isEqualTo(7 * Money.ONE);
            assertThat(Money.available(bob.token(), "USD")).isEqualTo(3 * Money.ONE);
        });
    }

    /**
     * The coordinator is restarted while transfers run. Each transfer ends all-or-nothing: COMPLETED with both
     * legs posted once, or FAILED with nothing moved; transfers caught in flight finish once it is back.
     */
    @Test
    void restartingTheCoordinatorMidStreamLeavesEveryTransferAllOrNothing() throws Exception {
        List<Api.Session> users = fundedUsersOnAllShards();
        AtomicBoolean stop = new AtomicBoolean(false);
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<List<Outcome>> running = background.submit(() -> runTransfers(users, 4, 400, stop));
        try {
            Thread.sleep(2_000);
            Stack.infra("restart", "seata");
            Thread.sleep(3_000);
        } finally {
            stop.set(true);
        }
        List<Outcome> outcomes = running.get(5, TimeUnit.MINUTES);
        background.shutdownNow();
        System.out.printf("[measure] during a coordinator restart: %d transfers tried, %d answered 201, %d 503%n",
                outcomes.size(), outcomes.stream().filter(o -> o.status() == 201).count(),
                outcomes.stream().filter(o -> o.status() == 503).count());
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).as("never a 500").isIn(201, 422, 503));
        // once the coordinator is back (and the clients have reconnected to it), transfers succeed again
        await().atMost(RECOVER_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                Money.transfer(users.get(0).token(), Money.newKey(), users.get(1).username(), "USD", "0.01").status())
                .isEqualTo(201));
        assertQuietAndConserved(users, outcomes);
    }

    private static List<Api.Session> fundedUsersOnAllShards() {
        List<Api.Session> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(Money.fundedUser("conc", "USD", START_UNITS));
        }
        Set<Long> shards = ConcurrentHashMap.newKeySet();
        users.forEach(u -> shards.add(Long.parseLong(u.userId()) % 4));
        assertThat(shards).as("four consecutive users cover the four shards").hasSize(4);
        return users;
    }

    /** Random transfers of 0.01..5.00 USD between random distinct users; stops early when {@code stop} is set. */
    private static List<Outcome> runTransfers(List<Api.Session> users, int threads, int perThread, AtomicBoolean stop)
            throws Exception {
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < perThread && !stop.get(); i++) {
                        int fromIndex = random.nextInt(users.size());
                        Api.Session from = users.get(fromIndex);
                        Api.Session to = users.get((fromIndex + 1 + random.nextInt(users.size() - 1)) % users.size());
                        int cents = 1 + random.nextInt(500);
                        String amount = cents / 100 + "." + String.format("%02d", cents % 100);
                        Api.Reply reply = Money.transfer(from.token(), Money.newKey(), to.username(), "USD", amount);
                        outcomes.add(new Outcome(from.token(), reply.status() == 201
                                ? reply.body().get("transferId").asText() : null, reply.status(),
                                reply.status() == 201 ? reply.body().get("status").asText() : reply.code()));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(outcomes);
    }

    /** Waits (bounded) until nothing is in flight, then checks conservation and exactly-once per transfer. */
    private static void assertQuietAndConserved(List<Api.Session> users, List<Outcome> outcomes) throws Exception {
        String operator = Api.operatorToken();
        await().atMost(QUIET_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Api.Reply audit = Api.get("/api/v1/admin/audit", operator);
            assertThat(audit.body().get("sound").asBoolean()).as(audit.raw()).isTrue();
            audit.body().get("inFlightByAsset").forEach(v -> assertThat(v.asText()).as(audit.raw()).isEqualTo("0"));
        });
        long total = 0;
        for (Api.Session user : users) {
            long[] usd = Money.balance(user.token(), "USD");
            assertThat(usd[0]).isNotNegative();
            assertThat(usd[1]).isZero();
            total += usd[0];
        }
        assertThat(total).as("money is conserved among the users").isEqualTo(USERS * START_UNITS);

        Map<String, Integer> journals = LedgerJournals.transferTransactions();
        for (Outcome outcome : outcomes) {
            if (outcome.transferId() == null) {
                continue;
            }
            String status = Api.get("/api/v1/transfers/" + outcome.transferId(), outcome.fromToken())
                    .body().get("status").asText();
            LedgerJournals.assertPostedOnce(outcome.transferId(), status, journals);
        }
    }
}
