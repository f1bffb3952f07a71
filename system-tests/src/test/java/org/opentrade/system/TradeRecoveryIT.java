package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of trade-provider in the middle of a stream of crossing orders. After the restart: the engine replayed its
 * log to the checkpointed state hash, every order the API acknowledged is there with at least the fills it was
 * acknowledged with, the book equals the open orders in the database, and once everything is canceled and settled
 * no money was created, lost or settled twice.
 */
class TradeRecoveryIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("RE");
    static final int TRADERS = 4;
    /** Client threads streaming orders; {@code -Drecovery.threads=64} reruns it under the benchmark's load. */
    static final int THREADS = Integer.getInteger("recovery.threads", 3);
    static final int ACKS_BEFORE_KILL = Math.max(60, 20 * THREADS);
    static final int ACKS_AFTER_RESTART = Math.max(30, 10 * THREADS);
    static final long BTC_EACH = 5 * ONE;
    static final long USD_EACH = 500_000 * ONE;
    static final String ENGINE_STATUS = "http://127.0.0.1:9103/internal/engines/" + SYMBOL;

    record Ack(String token, String orderId, String status, long filled) {
    }

    @Test
    void acknowledgedOrdersAndFillsSurviveKillMinus9AndTheBookIsRebuiltExactly() throws Exception {
        List<Api.Session> traders = new ArrayList<>();
        for (int i = 0; i < TRADERS; i++) {
            Api.Session trader = Money.fundedUser("crash-trader", "BTC", BTC_EACH);
            Funds.deposit(trader.userId(), "USD", USD_EACH, "test-deposit-" + UUID.randomUUID());
            traders.add(trader);
        }
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> streams = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(77 + t);
            streams.add(pool.submit(() -> stream(traders, random, acks, failures, stop)));
        }
        try {
            awaitAcks(acks, ACKS_BEFORE_KILL);
            Stack.run("kill-app", "trade-provider");
            int acksAtKill = acks.size();
            Stack.run("start-app", "trade-provider");
            awaitAcks(acks, acksAtKill + ACKS_AFTER_RESTART);
        } finally {
            stop.set(true);
            for (Future<?> s : streams) {
                s.get();
            }
            pool.shutdownNow();
        }
        System.out.printf("[measure] recovery with %d client threads: %d orders acknowledged, %d requests failed "
                + "around the crash%n", THREADS, acks.size(), failures.get());

        JsonNode engine = engineStatus();
        assertThat(engine.get("failure").isNull()).isTrue();
        assertThat(engine.get("verifiedSequence").asLong()).as("recovery replayed to a checkpoint and checked its hash")
                .isPositive();
        for (Ack ack : acks) {
            JsonNode now = Api.get("/api/v1/orders/" + ack.orderId(), ack.token()).body();
            assertThat(now.get("orderId").asText()).isEqualTo(ack.orderId());
            long filled = Money.units(now.get("filledQuantity").asText());
            assertThat(filled).as("fills of order %s", ack.orderId()).isGreaterThanOrEqualTo(ack.filled());
            if (!"NEW".equals(ack.status()) && !"PARTIALLY_FILLED".equals(ack.status())) {
                assertThat(now.get("status").asText()).isEqualTo(ack.status());
                assertThat(filled).isEqualTo(ack.filled());
            }
        }
        assertThat(restingInEngine(engineStatus())).isEqualTo(openInDatabase());

        traders.forEach(t -> Trading.cancelAll(t.token()));
        Trading.awaitSettled();
        Trading.assertConserved(traders, "BTC", TRADERS * BTC_EACH, "USD", TRADERS * USD_EACH);
    }

    private static void stream(List<Api.Session> traders, Random random, ConcurrentLinkedQueue<Ack> acks,
                               AtomicInteger failures, AtomicBoolean stop) {
        while (!stop.get()) {
            Api.Session trader = traders.get(random.nextInt(traders.size()));
            String side = random.nextBoolean() ? "BUY" : "SELL";
            String price = String.format("45000.%02d", random.nextInt(20));
            String quantity = String.format("0.00%d", 1 + random.nextInt(9));
            try {
                Api.Reply reply = Trading.limit(trader.token(), SYMBOL, side, price, quantity, "GTC");
                if (reply.status() == 201) {
                    acks.add(new Ack(trader.token(), reply.body().get("orderId").asText(),
                            reply.body().get("status").asText(), Money.units(reply.body().get("filledQuantity").asText())));
                } else {
                    failures.incrementAndGet();
                    Trading.sleep(200);
                }
            } catch (IllegalStateException unreachable) {
                failures.incrementAndGet();
                Trading.sleep(200);
            }
        }
    }

    private static void awaitAcks(ConcurrentLinkedQueue<Ack> acks, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (acks.size() < count) {
            assertThat(System.nanoTime()).as("waiting for %d acknowledged orders", count).isLessThan(deadline);
            Trading.sleep(50);
        }
    }

    private static JsonNode engineStatus() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ENGINE_STATUS)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Api.JSON.readTree(response.body());
    }

    private static Map<String, Long> restingInEngine(JsonNode engine) {
        Map<String, Long> resting = new HashMap<>();
        engine.get("resting").forEach(o -> resting.put(o.get("orderId").asText(), o.get("remainingQuantity").asLong()));
        return resting;
    }

    /** Open orders of the symbol in every shard, with their untraded quantity. */
    private static Map<String, Long> openInDatabase() throws SQLException {
        Map<String, Long> open = new HashMap<>();
        for (String database : List.of("ot_trade_0", "ot_trade_1")) {
            for (String table : List.of("orders_0", "orders_1")) {
                try (Connection c = Databases.primary(database); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT order_id, quantity - filled_quantity FROM " + table
                             + " WHERE symbol = '" + SYMBOL + "' AND status IN ('NEW', 'PARTIALLY_FILLED')")) {
                    while (rs.next()) {
                        open.put(Long.toString(rs.getLong(1)), rs.getLong(2));
                    }
                }
            }
        }
        return open;
    }
}
