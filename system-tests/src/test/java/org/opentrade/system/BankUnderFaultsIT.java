package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The bank test under faults (after Jepsen's): traders place and cancel orders of every type, users transfer across
 * shards and deposit and withdraw through the bank sandbox, while a nemesis on a seeded schedule kills -9 and restarts
 * each provider and the facade, restarts the RocketMQ broker, the Seata coordinator, Redis (when the stack started
 * it; else pauses it) and the replica, and kills -9 the MariaDB primary. Each provider the nemesis kills runs twice meanwhile (its
 * second instance), so its crash should cost no outage. Then everything quiesces and the money and every
 * acknowledged operation are checked.
 * <p>
 * CI mode (the test command): three faults drawn by the seed, 5-6 minutes with the checks. Long mode
 * ({@code deploy/local/stack chaos}, {@code -Dchaos.minutes=15}): every fault in seeded order, round after round,
 * for that long. {@code -Dchaos.seed=N} replays a schedule.
 */
class BankUnderFaultsIT {
    static final long SEED = Long.getLong("chaos.seed", System.currentTimeMillis() % 1_000_000);
    static final long LONG_MINUTES = Long.getLong("chaos.minutes", 0);
    static final int CI_FAULTS = 3;
    static final int USERS = 4;
    static final long BTC_EACH = 2 * Money.ONE;
    static final long USD_EACH = 100_000 * Money.ONE;
    static final Duration QUIET_WITHIN = Duration.ofSeconds(300);
    static final long WORKER_PAUSE_MS = 40;
    static final long PAYMENT_PAUSE_MS = 100;
    static final Map<Kind, String> ID_FIELDS = Map.of(Kind.ORDER, "orderId", Kind.TRANSFER, "transferId",
            Kind.DEPOSIT, "depositId", Kind.WITHDRAWAL, "withdrawalId");
    /** After no answer or a 5xx a client backs off, as real ones do: an outage is not a burst of doomed retries. */
    static final long BACK_OFF_MS = 500;

    enum Kind { ORDER, CANCEL, TRANSFER, DEPOSIT, WITHDRAWAL }

    /**
     * One operation as the client saw it: status 0 is no answer at all (connection refused, timeout); {@code call}
     * sends the very same request again (same idempotency key or clientOrderId, same body).
     */
    record Attempt(Kind kind, Api.Session user, String key, int status, String id, Supplier<Api.Reply> call) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        boolean refused() {
            return status >= 400 && status < 500;
        }
    }

    final String symbol = TestMarkets.symbol("BF");
    final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    final AtomicLong sequence = new AtomicLong();

    @Test
    void moneyAndAcknowledgedWorkSurviveFaultsWhileEverythingRuns() throws Exception {
        System.out.printf("[chaos] seed %d (replay: -Dchaos.seed=%d)%n", SEED, SEED);
        List<Api.Session> users = fundedUsersOnAllShards();
        Nemesis nemesis = new Nemesis(SEED, LONG_MINUTES, CI_FAULTS);
        List<String> secondInstances = List.copyOf(nemesis.secondInstances());
        AtomicBoolean stop = new AtomicBoolean(false);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> workers = new ArrayList<>();
        List<Nemesis.Injected> injected;
        BankSandbox.behave(BankSandbox.FAST);
        try {
            if (!secondInstances.isEmpty()) {
                System.out.printf("[chaos] second instances: %s%n", secondInstances);
                Stack.run(Stream.concat(Stream.of("start-app"), secondInstances.stream()).toArray(String[]::new));
            }
            for (int t = 0; t < 3; t++) {
                long workerSeed = SEED * 31 + t;
                workers.add(pool.submit(() -> trade(users, new Random(workerSeed), stop)));
            }
            for (int t = 0; t < 2; t++) {
                long workerSeed = SEED * 37 + t;
                workers.add(pool.submit(() -> transfer(users, new Random(workerSeed), stop)));
            }
            long paymentsSeed = SEED * 41;
            workers.add(pool.submit(() -> pay(users, new Random(paymentsSeed), stop)));
            injected = nemesis.run(() -> whyNotServing(users));
        } finally {
            stop.set(true);
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.MINUTES);
            }
            pool.shutdownNow();
            // the other tests expect one instance of each provider, and the first trade-provider owning the engines
            secondInstances.forEach(name -> Stack.run("stop-app", name));
            EngineRoles.awaitRole(EngineRoles.FIRST, "owner");
            BankSandbox.behaveAsDefault();
        }
        printSummary(injected);
        assertThat(injected.stream().flatMap(f -> f.failures().keySet().stream()))
                .as("probe answers 500 (a defect: a failed dependency is 503)").noneMatch(why -> why.contains(" 500 "));
        checkAfterQuiet(users).forEach(check -> System.out.println("[chaos] check passed: " + check));
    }

    // ---- the workload ----

    private void trade(List<Api.Session> users, Random random, AtomicBoolean stop) {
        List<Attempt> mine = new ArrayList<>();
        while (!stop.get()) {
            Api.Session user = users.get(random.nextInt(users.size()));
            if (random.nextInt(4) == 0 && !mine.isEmpty()) {
                Attempt order = mine.get(random.nextInt(mine.size()));
                if (order.id() != null) {
                    record(Kind.CANCEL, order.user(), order.id(), () -> Trading.cancel(order.user().token(), order.id()));
                }
            } else {
                String clientOrderId = "chaos-" + SEED + "-" + sequence.incrementAndGet();
                Map<String, Object> order = randomOrder(random, clientOrderId);
                Attempt placed = record(Kind.ORDER, user, clientOrderId, () -> Trading.place(user.token(), order));
                if (placed.acknowledged()) {
                    mine.add(placed);
                }
            }
            Trading.sleep(WORKER_PAUSE_MS);
        }
    }

    private Map<String, Object> randomOrder(Random random, String clientOrderId) {
        String side = random.nextBoolean() ? "BUY" : "SELL";
        String quantity = "0.00" + (1 + random.nextInt(9));
        int kind = random.nextInt(10);
        if (kind == 0) {
            return Trading.order(symbol, side, "MARKET", null, quantity, "IOC", false, clientOrderId);
        }
        String price = (29_900 + random.nextInt(200)) + "." + String.format("%02d", random.nextInt(100));
        String timeInForce = kind <= 6 ? "GTC" : kind <= 8 ? "IOC" : "FOK";
        boolean postOnly = "GTC".equals(timeInForce) && random.nextInt(5) == 0;
        return Trading.order(symbol, side, "LIMIT", price, quantity, timeInForce, postOnly, clientOrderId);
    }

    private void transfer(List<Api.Session> users, Random random, AtomicBoolean stop) {
        while (!stop.get()) {
            int fromIndex = random.nextInt(users.size());
            Api.Session from = users.get(fromIndex);
            Api.Session to = users.get((fromIndex + 1 + random.nextInt(users.size() - 1)) % users.size());
            boolean usd = random.nextBoolean();
            String amount = usd ? (1 + random.nextInt(500)) / 100 + "." + String.format("%02d", random.nextInt(100))
                    : "0.000" + (1 + random.nextInt(9));
            String key = Money.newKey();
            record(Kind.TRANSFER, from, key, () -> Money.transfer(from.token(), key, to.username(), usd ? "USD" : "BTC",
                    amount));
            Trading.sleep(WORKER_PAUSE_MS);
        }
    }

    /** Deposits and withdrawals of small amounts through the bank sandbox, by every user in turn. */
    private void pay(List<Api.Session> users, Random random, AtomicBoolean stop) {
        while (!stop.get()) {
            Api.Session user = users.get(random.nextInt(users.size()));
            boolean usd = random.nextBoolean();
            String asset = usd ? "USD" : "BTC";
            String amount = usd ? (1 + random.nextInt(9)) + "." + String.format("%02d", random.nextInt(100))
                    : "0.000" + (1 + random.nextInt(9));
            String key = Money.newKey();
            if (random.nextBoolean()) {
                record(Kind.DEPOSIT, user, key, () -> Payments.deposit(user.token(), key, asset, amount));
            } else {
                record(Kind.WITHDRAWAL, user, key, () -> Payments.withdraw(user.token(), key, asset, amount));
            }
            Trading.sleep(PAYMENT_PAUSE_MS);
        }
    }

    /** Sends CALL once and records what came back; KEY is the clientOrderId, the idempotency key or the order id. */
    private Attempt record(Kind kind, Api.Session user, String key, Supplier<Api.Reply> call) {
        int status = 0;
        String id = kind == Kind.CANCEL ? key : null;
        try {
            Api.Reply reply = call.get();
            status = reply.status();
            if (status >= 200 && status < 300 && reply.body() != null && kind != Kind.CANCEL) {
                id = reply.body().path(ID_FIELDS.get(kind)).asText(null);
            }
        } catch (RuntimeException e) {
            // no answer: the facade is down or the request timed out; the checks find out what happened
        }
        Attempt attempt = new Attempt(kind, user, key, status, id, call);
        attempts.add(attempt);
        if (status == 0 || status >= 500) {
            Trading.sleep(BACK_OFF_MS);
        }
        return attempt;
    }

    // ---- the probe the nemesis waits on ----

    /** Null when the API places an order and makes a transfer, else what failed. */
    private String whyNotServing(List<Api.Session> users) {
        Api.Reply transfer = Money.transfer(users.get(0).token(), Money.newKey(), users.get(1).username(), "USD", "0.01");
        if (transfer.status() != 201) {
            return "transfer " + transfer.status() + " " + transfer.code();
        }
        Api.Reply order = Trading.place(users.get(2).token(), Trading.order(symbol, "BUY", "LIMIT", "1.00", "1",
                "IOC", false, "probe-" + Money.newKey()));
        return order.status() == 201 ? null : "order " + order.status() + " " + order.code();
    }

    // ---- the checks ----

    private List<String> checkAfterQuiet(List<Api.Session> users) throws SQLException {
        List<String> checks = new ArrayList<>();
        String operator = Api.operatorToken();
        awaitLedgerQuiet(operator);
        Trading.awaitSettled();
        checks.add("ledger audit sound, nothing in flight; every trade settled and every release done");

        List<Attempt> all = new ArrayList<>(attempts);
        assertThat(all).as("answers 500 (a defect: a failed dependency is 503)").noneMatch(a -> a.status() == 500);
        checks.add("no answer was a 500: every fault was a 503 or no answer");

        checkOrders(all);
        checks.add("every acknowledged order present once with a final or open status; every unanswered one in at "
                + "most one state, never PENDING");

        Map<String, Long> held = Trading.openReservations(users.stream().map(Api.Session::userId).toList());
        for (Api.Session user : users) {
            for (String asset : List.of("BTC", "USD")) {
                assertThat(Money.balance(user.token(), asset)[1]).as("frozen %s of %s", asset, user.username())
                        .isEqualTo(held.getOrDefault(user.userId() + "/" + asset, 0L));
            }
        }
        checks.add("frozen equals what open orders hold, per user and asset");

        checkTransfers(all);
        checks.add("every acknowledged transfer posted once (or FAILED and reversed); every unanswered one, repeated "
                + "with its key, in one final state");

        List<PaymentRows.Row> payments = checkPayments(all, users);
        checks.add("every acknowledged deposit and withdrawal present once, final within the sweepers' bound, and "
                + "posted once (a FAILED withdrawal refunded once); every unanswered one, repeated with its key, the "
                + "same payment or a refusal");

        users.forEach(u -> Trading.cancelAll(u.token()));
        Trading.awaitSettled();
        awaitLedgerQuiet(operator);
        long btcPaid = payments.stream().mapToLong(p -> p.netTo("BTC")).sum();
        long usdPaid = payments.stream().mapToLong(p -> p.netTo("USD")).sum();
        Trading.assertConserved(users, "BTC", USERS * BTC_EACH + btcPaid, "USD", USERS * USD_EACH + usdPaid);
        checks.add("money conserved among the users (BTC; USD plus fees paid; what they deposited less what they "
                + "withdrew), nothing frozen after cancelling");

        assertThat(negativeUserBalances()).as("user balances below zero").isZero();
        checks.add("no negative user balance on any shard");
        await().atMost(QUIET_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(unsentOutboxRows()).as("outbox rows not SENT").isZero());
        checks.add("every outbox row sent");
        return checks;
    }

    private static void awaitLedgerQuiet(String operator) {
        await().atMost(QUIET_WITHIN).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            Api.Reply audit = Api.get("/api/v1/admin/audit", operator);
            assertThat(audit.body().get("sound").asBoolean()).as(audit.raw()).isTrue();
            audit.body().get("inFlightByAsset").forEach(v -> assertThat(v.asText()).as(audit.raw()).isEqualTo("0"));
        });
    }

    private void checkOrders(List<Attempt> all) throws SQLException {
        for (Attempt attempt : all) {
            if (attempt.kind() != Kind.ORDER || attempt.refused()) {
                continue;
            }
            List<String> rows = orderStatuses(attempt.user().userId(), attempt.key());
            if (attempt.acknowledged()) {
                assertThat(rows).as("acknowledged order %s", attempt.key()).hasSize(1);
                assertThat(rows.get(0)).as("acknowledged order %s", attempt.key()).isNotEqualTo("PENDING");
                JsonNode order = Api.get("/api/v1/orders/" + attempt.id(), attempt.user().token()).body();
                assertThat(order.get("clientOrderId").asText()).isEqualTo(attempt.key());
            } else {
                assertThat(rows).as("unanswered order %s", attempt.key()).hasSizeLessThanOrEqualTo(1);
                rows.forEach(status -> assertThat(status).as("unanswered order %s", attempt.key()).isNotEqualTo("PENDING"));
            }
        }
    }

    private void checkTransfers(List<Attempt> all) throws SQLException {
        Map<String, Api.Session> ids = new TreeMap<>();
        for (Attempt attempt : all) {
            if (attempt.kind() != Kind.TRANSFER || attempt.refused()) {
                continue;
            }
            if (attempt.acknowledged()) {
                ids.put(attempt.id(), attempt.user());
            } else {
                // the answer was lost: repeating the request with its key must answer the one outcome there is
                Api.Reply again = attempt.call().get();
                assertThat(again.status()).as("repeat of %s: %s", attempt.key(), again.raw()).isIn(201, 422);
                if (again.status() == 201) {
                    ids.put(again.body().get("transferId").asText(), attempt.user());
                }
            }
        }
        Map<String, Integer> journals = LedgerJournals.transferTransactions();
        for (Map.Entry<String, Api.Session> transfer : ids.entrySet()) {
            String status = Api.get("/api/v1/transfers/" + transfer.getKey(), transfer.getValue().token())
                    .body().get("status").asText();
            LedgerJournals.assertPostedOnce(transfer.getKey(), status, journals);
        }
    }

    /**
     * Repeats every unanswered payment with its key (the same payment must come back if there is one), waits until
     * every payment of these users is final, and checks each acknowledged one exists once and is posted once.
     */
    private List<PaymentRows.Row> checkPayments(List<Attempt> all, List<Api.Session> users) throws SQLException {
        List<String> userIds = users.stream().map(Api.Session::userId).toList();
        Map<String, PaymentRows.Row> byKey = new HashMap<>();
        PaymentRows.of(userIds).forEach(row -> byKey.put(row.userId() + "/" + row.idempotencyKey(), row));
        for (Attempt attempt : all) {
            if ((attempt.kind() != Kind.DEPOSIT && attempt.kind() != Kind.WITHDRAWAL) || attempt.refused()) {
                continue;
            }
            PaymentRows.Row stored = byKey.get(attempt.user().userId() + "/" + attempt.key());
            if (attempt.acknowledged()) {
                assertThat(stored).as("acknowledged %s %s", attempt.kind(), attempt.key()).isNotNull();
                assertThat(stored.paymentId()).isEqualTo(attempt.id());
                assertThat(stored.kind()).isEqualTo(attempt.kind().name());
            } else {
                Api.Reply again = attempt.call().get();
                assertThat(again.status()).as("repeat of %s: %s", attempt.key(), again.raw()).isIn(201, 422);
                if (stored != null) {
                    assertThat(again.status()).as("repeat of stored %s: %s", attempt.key(), again.raw()).isEqualTo(201);
                    assertThat(again.body().get(ID_FIELDS.get(attempt.kind())).asText()).isEqualTo(stored.paymentId());
                }
            }
        }
        List<PaymentRows.Row> rows = new ArrayList<>();
        await().atMost(QUIET_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            rows.clear();
            rows.addAll(PaymentRows.of(userIds));
            assertThat(rows).as("payments not final").allMatch(PaymentRows.Row::isFinal);
        });
        Map<String, Integer> journals = LedgerJournals.paymentTransactions();
        rows.forEach(row -> PaymentRows.assertPostedOnce(row, journals));
        return rows;
    }

    private static List<String> orderStatuses(String userId, String clientOrderId) throws SQLException {
        List<String> statuses = new ArrayList<>();
        for (String database : List.of("ot_trade_0", "ot_trade_1")) {
            for (String table : List.of("orders_0", "orders_1")) {
                try (Connection c = Databases.primary(database); PreparedStatement s = c.prepareStatement(
                        "SELECT status FROM " + table + " WHERE user_id = ? AND client_order_id = ?")) {
                    s.setLong(1, Long.parseLong(userId));
                    s.setString(2, clientOrderId);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            statuses.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        return statuses;
    }

    private static long negativeUserBalances() throws SQLException {
        long count = 0;
        for (String database : List.of("ot_fund_0", "ot_fund_1")) {
            for (String table : List.of("account_0", "account_1")) {
                count += single(database, "SELECT COUNT(*) FROM " + table
                        + " WHERE user_id >= 1000 AND (available < 0 OR frozen < 0)");
            }
        }
        return count;
    }

    private static long unsentOutboxRows() throws SQLException {
        return single("ot_payment", "SELECT COUNT(*) FROM outbox WHERE status <> 'SENT'");
    }

    private static long single(String database, String sql) throws SQLException {
        try (Connection c = Databases.primary(database); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Api.Session> fundedUsersOnAllShards() {
        List<Api.Session> users = new ArrayList<>();
        Set<Long> shards = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < USERS; i++) {
            Api.Session user = Money.fundedUser("chaos", "USD", USD_EACH);
            Funds.deposit(user.userId(), "BTC", BTC_EACH, "test-deposit-" + Money.newKey());
            users.add(user);
            shards.add(Long.parseLong(user.userId()) % 4);
        }
        assertThat(shards).as("four consecutive users cover the four shards").hasSize(4);
        return users;
    }

    // ---- the summary ----

    /** What was done and injected, printed before the checks so that a failing check still leaves the figures. */
    private void printSummary(List<Nemesis.Injected> injected) {
        StringBuilder out = new StringBuilder(String.format("%n[chaos] summary, seed %d%n", SEED));
        out.append(String.format("[chaos] %-9s %9s %12s %8s %13s %7s%n", "operation", "attempted", "acknowledged",
                "refused", "indeterminate", "of 500"));
        for (Kind kind : Kind.values()) {
            List<Attempt> of = attempts.stream().filter(a -> a.kind() == kind).toList();
            long acknowledged = of.stream().filter(Attempt::acknowledged).count();
            long refused = of.stream().filter(Attempt::refused).count();
            long defects = of.stream().filter(a -> a.status() == 500).count();
            out.append(String.format("[chaos] %-9s %9d %12d %8d %13d %7d%n", kind.name().toLowerCase(), of.size(),
                    acknowledged, refused, of.size() - acknowledged - refused, defects));
        }
        out.append(String.format("[chaos] %-32s %15s %14s %26s%n", "fault", "API unavailable", "failed probes",
                "restarted and API serving"));
        for (Nemesis.Injected fault : injected) {
            out.append(String.format("[chaos] %-32s %13.1f s %6d of %-5d %24.1f s  %s%n", fault.fault(),
                    fault.unavailableSeconds(), fault.failedProbes(), fault.probes(), fault.recoverySeconds(),
                    fault.failures().isEmpty() ? "" : fault.failures()));
        }
        System.out.print(out);
    }
}
