package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Many users trading one symbol at once through the API (crossing limit orders, IOC, cancels). Afterwards, with
 * every order canceled and every fill settled: nothing frozen, nothing negative, base conserved, quote plus fees
 * conserved. Prints the measured order rate.
 */
class TradingConcurrencyIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("TC", "ETH-USD");
    static final int USERS = 8;
    static final int THREADS = 8;
    static final int OPERATIONS_PER_THREAD = 60;
    static final long ETH_EACH = 50 * ONE;
    static final long USD_EACH = 200_000 * ONE;

    @Test
    void concurrentTradersConserveMoneyAndEndWithNothingFrozen() throws Exception {
        List<Api.Session> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            Api.Session user = Money.fundedUser("eth-trader", "ETH", ETH_EACH);
            Funds.deposit(user.userId(), "USD", USD_EACH, "test-deposit-" + UUID.randomUUID());
            users.add(user);
        }
        AtomicInteger placed = new AtomicInteger();
        AtomicInteger filledOrPartly = new AtomicInteger();
        AtomicInteger canceled = new AtomicInteger();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = 1_000 + t;
                work.add(pool.submit(() -> trade(users, new Random(seed), placed, filledOrPartly, canceled, unexpected)));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[measure] %d orders placed and %d canceled by %d threads in %.1f s: %.0f orders/s through "
                        + "the API (%d filled at least partly)%n", placed.get(), canceled.get(), THREADS, seconds,
                placed.get() / seconds, filledOrPartly.get());
        assertThat(unexpected).isEmpty();
        assertThat(filledOrPartly.get()).isGreaterThan(10);

        // Quiet, with orders still open: every user's frozen balance is exactly what its open orders hold.
        Trading.awaitSettled();
        Map<String, Long> held = Trading.openReservations(users.stream().map(Api.Session::userId).toList());
        assertThat(held).isNotEmpty();
        for (Api.Session user : users) {
            for (String asset : List.of("ETH", "USD")) {
                assertThat(Money.balance(user.token(), asset)[1]).as("frozen %s of %s", asset, user.username())
                        .isEqualTo(held.getOrDefault(user.userId() + "/" + asset, 0L));
            }
        }

        users.forEach(u -> Trading.cancelAll(u.token()));
        Trading.awaitSettled();
        Trading.assertConserved(users, "ETH", USERS * ETH_EACH, "USD", USERS * USD_EACH);
    }

    private static void trade(List<Api.Session> users, Random random, AtomicInteger placed,
                              AtomicInteger filledOrPartly, AtomicInteger canceled, ConcurrentLinkedQueue<String> unexpected) {
        List<String[]> mine = new ArrayList<>();
        for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
            Api.Session user = users.get(random.nextInt(users.size()));
            if (!mine.isEmpty() && random.nextInt(4) == 0) {
                String[] victim = mine.remove(random.nextInt(mine.size()));
                Api.Reply reply = Trading.cancel(victim[0], victim[1]);
                if (reply.status() == 200) {
                    canceled.incrementAndGet();
                } else if (reply.status() != 409) {
                    unexpected.add(reply.raw());
                }
                continue;
            }
            String side = random.nextBoolean() ? "BUY" : "SELL";
            String price = String.format("%d.%02d", 2_000 + random.nextInt(3), random.nextInt(100));
            String quantity = String.format("0.%03d", 1 + random.nextInt(500));
            String tif = random.nextInt(5) == 0 ? "IOC" : "GTC";
            Api.Reply reply = Trading.limit(user.token(), SYMBOL, side, price, quantity, tif);
            if (reply.status() != 201) {
                unexpected.add(reply.raw());
                continue;
            }
            placed.incrementAndGet();
            String status = reply.body().get("status").asText();
            if (!"0".equals(reply.body().get("filledQuantity").asText())) {
                filledOrPartly.incrementAndGet();
            }
            if ("NEW".equals(status) || "PARTIALLY_FILLED".equals(status)) {
                mine.add(new String[] {user.token(), reply.body().get("orderId").asText()});
            }
        }
    }
}
