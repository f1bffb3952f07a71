package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.system.Api.assertError;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pre-trade rules of risk control on the running stack, each at its boundary: an order just inside passes, one
 * just beyond is refused with 422 RISK_REJECTED naming the rule (message and field). The rules of this test's own
 * symbols are set in Nacos as an operator sets them; a change reaches the next order within 5 s; a bad document keeps
 * the rules in force.
 */
class RiskControlIT {
    static final long ONE = Money.ONE;
    /** Limits per order, the price band and open orders (rates high enough not to interfere). */
    static final String SYMBOL = TestMarkets.symbol("RK");
    /** Rates and the daily notional (limits per order high). */
    static final String RATES = TestMarkets.symbol("RR");
    /** Orders per second only. */
    static final String BURST = TestMarkets.symbol("RS");
    static final int ORDERS_PER_SECOND_MAX = 3;
    static String original;

    @BeforeAll
    static void tightRules() {
        original = Nacos.config(RiskRules.DATA_ID, RiskRules.GROUP);
        setTightRules();
    }

    static void setTightRules() {
        RiskRules.setSymbol(SYMBOL, RiskRules.entry().put("orderQuantityMax", "2").put("orderNotionalMax", "45000")
                .put("priceBandPercent", "10").put("referencePrice", "30000").put("openOrdersMax", 3));
        RiskRules.setSymbol(RATES, RiskRules.entry().put("referencePrice", "30000").put("ordersPerSecondMax", 50)
                .put("ordersPerMinuteMax", 5).put("dailyNotionalMax", "100000"));
        RiskRules.setSymbol(BURST, RiskRules.entry().put("ordersPerSecondMax", ORDERS_PER_SECOND_MAX));
        Api.Session probe = Money.fundedUser("risk-probe", "USD", 100_000 * ONE);
        assertThat(RiskRules.await(Duration.ofSeconds(10), () -> refusedBy(
                Trading.limit(probe.token(), SYMBOL, "BUY", "30000", "2.000001", "GTC"), "orderQuantityMax")))
                .as("the rules of the test's symbols in force").isNotNegative();
    }

    @AfterAll
    static void restore() {
        RiskRules.publish(original);
    }

    @Test
    void quantityAndNotionalPerOrderAtTheirBoundaries() {
        Api.Session user = Money.fundedUser("risk-size", "USD", 200_000 * ONE);

        assertRefused(Trading.limit(user.token(), SYMBOL, "BUY", "20000", "2.000001", "GTC"), "orderQuantityMax");
        assertPlaced(Trading.limit(user.token(), SYMBOL, "BUY", "20000", "2", "GTC"));
        assertRefused(Trading.limit(user.token(), SYMBOL, "BUY", "30000", "1.500001", "GTC"), "orderNotionalMax");
        assertPlaced(Trading.limit(user.token(), SYMBOL, "BUY", "30000", "1.5", "GTC"));
        cleanUp(user);
    }

    @Test
    void aMarketOrderIsJudgedAtItsProtectionPrice() {
        Api.Session maker = Money.fundedUser("risk-maker", "BTC", 10 * ONE);
        Api.Session taker = Money.fundedUser("risk-taker", "USD", 200_000 * ONE);
        assertPlaced(Trading.limit(maker.token(), SYMBOL, "SELL", "30000", "1.5", "GTC"));

        // 1.5 BTC at the protection price (30,000 + 5 %: 47,250) is beyond the notional of 45,000, no price given
        assertRefused(Trading.place(taker.token(), Trading.order(SYMBOL, "BUY", "MARKET", null, "1.5", "IOC", false,
                UUID.randomUUID().toString())), "orderNotionalMax");
        Api.Reply inside = Trading.place(taker.token(), Trading.order(SYMBOL, "BUY", "MARKET", null, "1", "IOC",
                false, UUID.randomUUID().toString()));
        assertThat(inside.status()).as(inside.raw()).isEqualTo(201);
        cleanUp(maker);
        cleanUp(taker);
    }

    @Test
    void priceBandAroundTheConfiguredReferenceOnAnEmptyBook() {
        Api.Session buyer = Money.fundedUser("risk-band-b", "USD", 100_000 * ONE);
        Api.Session seller = Money.fundedUser("risk-band-s", "BTC", 10 * ONE);

        // reference 30,000 (no trade, no two-sided book): a BUY may pay up to +10 %, a SELL sell down to -10 %
        assertRefused(Trading.limit(buyer.token(), SYMBOL, "BUY", "33000.01", "0.001", "GTC"), "priceBand");
        assertPlaced(Trading.limit(buyer.token(), SYMBOL, "BUY", "33000", "0.001", "GTC"));
        cleanUp(buyer);
        assertRefused(Trading.limit(seller.token(), SYMBOL, "SELL", "26999.99", "0.001", "GTC"), "priceBand");
        assertPlaced(Trading.limit(seller.token(), SYMBOL, "SELL", "27000", "0.001", "GTC"));
        cleanUp(seller);
    }

    @Test
    void openOrdersPerSymbolAtTheMaximum() {
        Api.Session user = Money.fundedUser("risk-open", "USD", 100_000 * ONE);
        for (int i = 0; i < 3; i++) {
            assertPlaced(Trading.limit(user.token(), SYMBOL, "BUY", "29000", "0.001", "GTC"));
        }
        assertRefused(Trading.limit(user.token(), SYMBOL, "BUY", "29000", "0.001", "GTC"), "openOrdersMax");
        cleanUp(user);
        assertPlaced(Trading.limit(user.token(), SYMBOL, "BUY", "29000", "0.001", "GTC"));
        cleanUp(user);
    }

    @Test
    void ordersPerMinuteAndDailyNotionalPerUser() {
        Api.Session user = Money.fundedUser("risk-rate", "USD", 200_000 * ONE);
        Api.Session other = Money.fundedUser("risk-rate-other", "USD", 200_000 * ONE);
        awaitEarlyInAMinute();

        // IOC orders against an empty book: accepted and canceled at once, each counted (30,000 each)
        assertPlaced(Trading.limit(user.token(), RATES, "BUY", "30000", "1", "IOC"));
        assertPlaced(Trading.limit(user.token(), RATES, "BUY", "30000", "1", "IOC"));
        assertPlaced(Trading.limit(user.token(), RATES, "BUY", "30000", "1", "IOC"));
        // 90,000 taken of 100,000 today: 10,000.02 more is beyond, 9,999 is not
        assertRefused(Trading.limit(user.token(), RATES, "BUY", "30000", "0.333334", "IOC"), "dailyNotionalMax");
        assertPlaced(Trading.limit(user.token(), RATES, "BUY", "30000", "0.3333", "IOC"));
        // that was the 4th order counted this minute (the refused one is not); the 5th passes (99,999 + 1 = the
        // daily maximum exactly), the 6th is beyond the minute's count (the first counter it meets)
        assertPlaced(Trading.limit(user.token(), RATES, "BUY", "1000", "0.001", "IOC"));
        assertRefused(Trading.limit(user.token(), RATES, "BUY", "1000", "0.001", "IOC"), "ordersPerMinuteMax");
        // another user's counters are their own
        assertPlaced(Trading.limit(other.token(), RATES, "BUY", "30000", "1", "IOC"));
    }

    @Test
    void ordersPerSecondPerUser() throws Exception {
        Api.Session user = Money.fundedUser("risk-burst", "USD", 100_000 * ONE);
        int burst = 4 * ORDERS_PER_SECOND_MAX;
        List<Api.Reply> replies = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(burst);
        try {
            List<Future<Api.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                sent.add(senders.submit(() -> Trading.limit(user.token(), BURST, "BUY", "1000", "0.001", "IOC")));
            }
            for (Future<Api.Reply> reply : sent) {
                replies.add(reply.get());
            }
        } finally {
            senders.shutdownNow();
        }
        long placed = replies.stream().filter(r -> r.status() == 201).count();
        long refused = replies.stream().filter(r -> refusedBy(r, "ordersPerSecondMax")).count();
        // sent within well under a second: at most two fixed windows, each taking at most the maximum
        assertThat(placed + refused).as(replies.toString()).isEqualTo(burst);
        assertThat(placed).isBetween((long) ORDERS_PER_SECOND_MAX, 2L * ORDERS_PER_SECOND_MAX);
        Trading.sleep(1_100);
        assertPlaced(Trading.limit(user.token(), BURST, "BUY", "1000", "0.001", "IOC"));
    }

    @Test
    void aRuleChangedInNacosReachesTheNextOrderWithin5Seconds() {
        Api.Session user = Money.fundedUser("risk-reload", "USD", 100_000 * ONE);
        ObjectNode tighter = RiskRules.entry().put("orderQuantityMax", "1").put("orderNotionalMax", "45000")
                .put("priceBandPercent", "10").put("referencePrice", "30000").put("openOrdersMax", 3);
        try {
            RiskRules.setSymbol(SYMBOL, tighter);
            long appliedMs = RiskRules.await(RiskRules.APPLIED_WITHIN, () -> refusedBy(
                    Trading.limit(user.token(), SYMBOL, "BUY", "20000", "1.5", "IOC"), "orderQuantityMax"));
            System.out.printf("risk rules: a change reached the next order after %d ms%n", appliedMs);
            assertThat(appliedMs).as("applied within " + RiskRules.APPLIED_WITHIN).isNotNegative();
        } finally {
            setTightRules();
        }
    }

    @Test
    void aBadDocumentKeepsTheRulesInForce() {
        Api.Session user = Money.fundedUser("risk-bad-doc", "USD", 100_000 * ONE);
        String good = Nacos.config(RiskRules.DATA_ID, RiskRules.GROUP);
        ObjectNode refuseAll = RiskRules.document();
        ((ObjectNode) refuseAll.path("defaults")).put("orderQuantityMax", "0");
        ObjectNode empty = RiskRules.document();
        empty.putArray("symbols");
        try {
            for (String bad : new String[] {"{ not json", "[]", "{}", refuseAll.toString(), empty.toString()}) {
                RiskRules.publish(bad);
                Trading.sleep(1_500);
                assertPlaced(Trading.limit(user.token(), SYMBOL, "BUY", "20000", "1", "IOC"));
                assertRefused(Trading.limit(user.token(), SYMBOL, "BUY", "20000", "2.5", "IOC"), "orderQuantityMax");
            }
        } finally {
            RiskRules.publish(good);
        }
    }

    private static boolean refusedBy(Api.Reply reply, String rule) {
        return reply.status() == 422 && rule.equals(reply.body().path("rule").asText());
    }

    static void assertRefused(Api.Reply reply, String rule) {
        assertError(reply, 422, "RISK_REJECTED");
        assertThat(reply.body().path("rule").asText()).as(reply.raw()).isEqualTo(rule);
        assertThat(reply.body().path("message").asText()).as(reply.raw()).startsWith(rule + ": ");
    }

    static void assertPlaced(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private static void cleanUp(Api.Session user) {
        Trading.cancelAll(user.token());
        Trading.awaitSettled();
    }

    /** Fixed one-minute windows: start a count with at least 40 s of the minute left. */
    private static void awaitEarlyInAMinute() {
        while (LocalTime.now(ZoneOffset.UTC).getSecond() > 20) {
            Trading.sleep(500);
        }
    }
}
