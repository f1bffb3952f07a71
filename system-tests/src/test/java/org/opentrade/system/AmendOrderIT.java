package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PATCH /api/v1/orders/{orderId} on the real stack. Time priority against a second order resting at the same price:
 * after the quantity is reduced at the same price the amended order still fills first; after its price moves away and
 * back, or its quantity grows, the other order fills first. An amend to a crossing price trades at once as a taker.
 * After each amend (and after a cancel) the frozen balance GET /accounts shows is exactly what the order can still
 * use. Refusals keep the order and its hold as they were: filled or canceled 409 ORDER_NOT_OPEN, IOC 409
 * ORDER_NOT_AMENDABLE, below the filled quantity 409 AMEND_BELOW_FILLED, another user's 404, a bad body 400, not
 * enough money 422 INSUFFICIENT_FUNDS, a price outside the band 422 RISK_REJECTED. Amends racing fills and cancels
 * from several traders keep frozen equal to the open orders' holds and money conserved.
 */
class AmendOrderIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("AM");
    static final long USD_EACH = 100 * ONE;
    static final long BTC_EACH = ONE;
    static final Set<String> AMEND_LOST_A_RACE = Set.of("ORDER_NOT_OPEN", "ORDER_CHANGED", "AMEND_BELOW_FILLED");

    final List<Api.Session> traders = new ArrayList<>();

    @AfterEach
    void cancelWhatIsLeft() {
        traders.forEach(t -> Trading.cancelAll(t.token()));
        Trading.awaitSettled();
    }

    @Test
    void quantityDownAtTheSamePriceKeepsTimePriorityAndReleasesTheSurplus() {
        Api.Session seller = trader("amend-seller", "BTC", BTC_EACH);
        Api.Session first = trader("amend-first", "USD", USD_EACH);
        Api.Session second = trader("amend-second", "USD", USD_EACH);
        String amended = rest(first, "BUY", "30.10", "0.3");
        String other = rest(second, "BUY", "30.10", "0.2");
        assertFrozen(first, "USD", holdOfBuy("30.10", "0.3"));

        JsonNode answer = amendOk(first, amended, "{\"quantity\":\"0.2\"}");
        assertThat(answer.get("quantity").asText()).isEqualTo("0.2");
        assertThat(answer.get("price").asText()).isEqualTo("30.1");
        assertThat(answer.get("status").asText()).isEqualTo("NEW");
        assertThat(order(first, amended)).as("GET shows the order as the amend answered it").isEqualTo(answer);
        assertFrozen(first, "USD", holdOfBuy("30.10", "0.2"));
        assertThat(Money.available(first.token(), "USD")).isEqualTo(USD_EACH - holdOfBuy("30.10", "0.2"));

        sellNow(seller, "30.10", "0.2");

        assertThat(order(first, amended).get("status").asText()).as("the amended order filled first").isEqualTo("FILLED");
        assertThat(order(second, other).get("filledQuantity").asText()).isEqualTo("0");
        JsonNode fills = Api.get("/api/v1/orders/" + amended + "/fills", first.token()).body();
        assertThat(fills).hasSize(1);
        assertThat(fills.get(0).get("liquidity").asText()).isEqualTo("MAKER");
        assertFrozen(first, "USD", 0);
        assertThat(Money.balance(first.token(), "USD")[0])
                .isEqualTo(USD_EACH - Money.units("6.02") - Money.units("0.00602"));
    }

    @Test
    void aPriceMovedAwayAndBackLosesTimePriority() {
        Api.Session seller = trader("amend-seller", "BTC", BTC_EACH);
        Api.Session first = trader("amend-first", "USD", USD_EACH);
        Api.Session second = trader("amend-second", "USD", USD_EACH);
        String amended = rest(first, "BUY", "30.20", "0.1");
        String other = rest(second, "BUY", "30.20", "0.1");

        assertThat(amendOk(first, amended, "{\"price\":\"30.19\"}").get("price").asText()).isEqualTo("30.19");
        assertFrozen(first, "USD", holdOfBuy("30.19", "0.1"));
        assertThat(amendOk(first, amended, "{\"price\":\"30.20\"}").get("price").asText()).isEqualTo("30.2");
        assertFrozen(first, "USD", holdOfBuy("30.20", "0.1"));

        sellNow(seller, "30.20", "0.1");

        assertThat(order(second, other).get("status").asText()).as("the other order now fills first").isEqualTo("FILLED");
        assertThat(order(first, amended).get("status").asText()).isEqualTo("NEW");
        assertFrozen(first, "USD", holdOfBuy("30.20", "0.1"));
    }

    @Test
    void moreQuantityLosesTimePriorityAndFreezesTheDifference() {
        Api.Session seller = trader("amend-seller", "BTC", BTC_EACH);
        Api.Session first = trader("amend-first", "USD", USD_EACH);
        Api.Session second = trader("amend-second", "USD", USD_EACH);
        String amended = rest(first, "BUY", "30.30", "0.1");
        String other = rest(second, "BUY", "30.30", "0.1");

        assertThat(amendOk(first, amended, "{\"quantity\":\"0.2\"}").get("quantity").asText()).isEqualTo("0.2");
        assertFrozen(first, "USD", holdOfBuy("30.30", "0.2"));

        sellNow(seller, "30.30", "0.1");
        assertThat(order(second, other).get("status").asText()).as("the other order fills first").isEqualTo("FILLED");
        assertThat(order(first, amended).get("filledQuantity").asText()).isEqualTo("0");

        sellNow(seller, "30.30", "0.1");
        assertThat(order(first, amended).get("status").asText()).isEqualTo("PARTIALLY_FILLED");
        // the maker fill used its notional and the maker fee (0.1 %) of the hold
        assertFrozen(first, "USD", holdOfBuy("30.30", "0.2") - Money.units("3.03") - Money.units("0.00303"));

        assertThat(Trading.cancel(first.token(), amended).status()).isEqualTo(200);
        assertFrozen(first, "USD", 0);
    }

    @Test
    void anAmendToACrossingPriceTradesAtOnceAsATaker() {
        Api.Session seller = trader("amend-seller", "BTC", BTC_EACH);
        Api.Session buyer = trader("amend-buyer", "USD", USD_EACH);
        String ask = rest(seller, "SELL", "30.90", "0.1");
        String bid = rest(buyer, "BUY", "29.60", "0.3");

        JsonNode answer = amendOk(buyer, bid, "{\"price\":\"30.90\"}");

        assertThat(answer.get("status").asText()).isEqualTo("PARTIALLY_FILLED");
        assertThat(answer.get("filledQuantity").asText()).isEqualTo("0.1");
        assertThat(answer.get("price").asText()).isEqualTo("30.9");
        assertThat(answer.get("quantity").asText()).isEqualTo("0.3");
        assertThat(order(seller, ask).get("status").asText()).isEqualTo("FILLED");
        JsonNode fills = Api.get("/api/v1/orders/" + bid + "/fills", buyer.token()).body();
        assertThat(fills).hasSize(1);
        assertThat(fills.get(0).get("liquidity").asText()).isEqualTo("TAKER");
        assertThat(fills.get(0).get("price").asText()).isEqualTo("30.9");
        assertThat(fills.get(0).get("fee").asText()).as("taker fee 0.2 %").isEqualTo("0.00618");
        JsonNode depth = Api.get("/api/v1/market/" + SYMBOL + "/depth", null).body();
        assertThat(depth.get("bids").get(0).get(0).asText()).isEqualTo("30.9");

        // the rest, 0.2 at 30.90, holds exactly what it can still use; the fill settled like a new order's
        assertFrozen(buyer, "USD", holdOfBuy("30.90", "0.2"));
        assertThat(Money.balance(buyer.token(), "BTC")).containsExactly(Money.units("0.1"), 0);
        assertThat(Money.balance(seller.token(), "USD")[0]).isEqualTo(Money.units("3.09") - Money.units("0.00309"));

        assertThat(Trading.cancel(buyer.token(), bid).status()).isEqualTo(200);
        assertFrozen(buyer, "USD", 0);
        assertThat(Money.balance(buyer.token(), "USD")[0])
                .isEqualTo(USD_EACH - Money.units("3.09") - Money.units("0.00618"));
    }

    @Test
    void aSellHoldsItsNewQuantityAndARefusedAmendLeavesOrderAndHoldAsTheyWere() {
        Api.Session seller = trader("amend-seller", "BTC", BTC_EACH);
        String ask = rest(seller, "SELL", "31.50", "0.5");
        assertFrozen(seller, "BTC", Money.units("0.5"));

        amendOk(seller, ask, "{\"quantity\":\"0.8\"}");
        assertFrozen(seller, "BTC", Money.units("0.8"));
        amendOk(seller, ask, "{\"quantity\":\"0.3\"}");
        assertFrozen(seller, "BTC", Money.units("0.3"));
        assertThat(amendOk(seller, ask, "{\"price\":\"31.60\"}").get("price").asText()).isEqualTo("31.6");
        assertFrozen(seller, "BTC", Money.units("0.3"));

        Api.assertError(Trading.amend(seller.token(), ask, "{\"quantity\":\"1.5\"}"), 422, "INSUFFICIENT_FUNDS");
        assertThat(order(seller, ask).get("quantity").asText()).isEqualTo("0.3");
        assertFrozen(seller, "BTC", Money.units("0.3"));

        assertThat(Trading.cancel(seller.token(), ask).status()).isEqualTo(200);
        assertFrozen(seller, "BTC", 0);
        assertThat(Money.available(seller.token(), "BTC")).isEqualTo(BTC_EACH);
    }

    @Test
    void whatCannotBeAmendedIsRefusedWithACodeAndChangesNothing() {
        Api.Session seller = trader("amend-seller", "BTC", BTC_EACH);
        Api.Session buyer = trader("amend-buyer", "USD", USD_EACH);
        Api.Session stranger = trader("amend-stranger", "USD", USD_EACH);
        String partial = rest(buyer, "BUY", "30.40", "0.2");
        sellNow(seller, "30.40", "0.1");
        JsonNode before = order(buyer, partial);
        assertThat(before.get("status").asText()).isEqualTo("PARTIALLY_FILLED");

        Api.assertError(Trading.amend(buyer.token(), partial, "{\"quantity\":\"0.1\"}"), 409, "AMEND_BELOW_FILLED");
        Api.assertError(Trading.amend(stranger.token(), partial, "{\"quantity\":\"0.3\"}"), 404, "ORDER_NOT_FOUND");
        Api.assertError(Trading.amend(buyer.token(), "999999999999", "{\"quantity\":\"0.3\"}"), 404, "ORDER_NOT_FOUND");
        Api.Reply band = Trading.amend(buyer.token(), partial, "{\"price\":\"40\"}");
        Api.assertError(band, 422, "RISK_REJECTED");
        assertThat(band.body().get("rule").asText()).isEqualTo("priceBand");
        Api.assertError(Trading.amend(buyer.token(), partial, "{\"quantity\":\"10\"}"), 422, "INSUFFICIENT_FUNDS");

        Api.assertError(Trading.amend(buyer.token(), partial, "{}"), 400, "VALIDATION_FAILED");
        Api.assertError(Trading.amend(buyer.token(), partial, "{\"price\":30.5}"), 400, "MALFORMED_REQUEST");
        Api.assertError(Trading.amend(buyer.token(), partial, "{\"price\":\"30.5\",\"side\":\"SELL\"}"), 400,
                "MALFORMED_REQUEST");
        Api.assertError(Trading.amend(buyer.token(), partial, "{\"price\":\"30.405\"}"), 400, "INVALID_PRICE");
        Api.assertError(Trading.amend(buyer.token(), partial, "{\"quantity\":\"0.0000001\"}"), 400, "INVALID_QUANTITY");
        Api.assertError(Trading.amend(buyer.token(), partial, "not json"), 400, "MALFORMED_REQUEST");
        Api.assertError(Trading.amend(buyer.token(), "abc", "{\"price\":\"30.5\"}"), 400, null);
        Api.assertError(Trading.amend(null, partial, "{\"price\":\"30.5\"}"), 401, null);

        assertThat(order(buyer, partial)).as("every refusal left the order as it was").isEqualTo(before);
        assertThat(amendOk(buyer, partial, "{\"price\":\"30.40\",\"quantity\":\"0.2\"}")).as("the same terms")
                .isEqualTo(before);
        assertFrozen(buyer, "USD", holdOfBuy("30.40", "0.2") - Money.units("3.04") - Money.units("0.00304"));

        String filled = rest(buyer, "BUY", "30.40", "0.1");
        sellNow(seller, "30.40", "0.2");
        assertThat(order(buyer, filled).get("status").asText()).isEqualTo("FILLED");
        Api.assertError(Trading.amend(buyer.token(), filled, "{\"price\":\"30.30\"}"), 409, "ORDER_NOT_OPEN");
        String canceled = rest(buyer, "BUY", "29.00", "0.1");
        assertThat(Trading.cancel(buyer.token(), canceled).status()).isEqualTo(200);
        Api.assertError(Trading.amend(buyer.token(), canceled, "{\"price\":\"29.10\"}"), 409, "ORDER_NOT_OPEN");
        Api.Reply ioc = Trading.limit(buyer.token(), SYMBOL, "BUY", "29.00", "0.1", "IOC");
        assertThat(ioc.status()).as(ioc.raw()).isEqualTo(201);
        Api.assertError(Trading.amend(buyer.token(), ioc.body().get("orderId").asText(), "{\"price\":\"29.10\"}"), 409,
                "ORDER_NOT_AMENDABLE");
        assertFrozen(buyer, "USD", 0);
    }

    @Test
    void amendsRacingFillsAndCancelsKeepFrozenEqualToOpenHoldsAndConserveMoney() throws Exception {
        int users = 4;
        long btcEach = 5 * ONE;
        long usdEach = 2_000 * ONE;
        List<Api.Session> crowd = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            Api.Session user = trader("amend-crowd", "BTC", btcEach);
            Funds.deposit(user.userId(), "USD", usdEach, "test-deposit-" + UUID.randomUUID());
            crowd.add(user);
        }
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        List<Integer> amendsApplied = Concurrently.run(4, 4, t -> trade(crowd, new Random(4_200 + t), unexpected));
        assertThat(unexpected).isEmpty();
        assertThat(amendsApplied.stream().mapToInt(Integer::intValue).sum()).isGreaterThan(10);

        Trading.awaitSettled();
        Map<String, Long> held = Trading.openReservations(crowd.stream().map(Api.Session::userId).toList());
        for (Api.Session user : crowd) {
            for (String asset : List.of("BTC", "USD")) {
                assertThat(Money.balance(user.token(), asset)[1]).as("frozen %s of %s", asset, user.username())
                        .isEqualTo(held.getOrDefault(user.userId() + "/" + asset, 0L));
            }
        }
        crowd.forEach(u -> Trading.cancelAll(u.token()));
        Trading.awaitSettled();
        Trading.assertConserved(crowd, "BTC", users * btcEach, "USD", users * usdEach);
    }

    /**
     * One trader's stream: GTC bids 30.00-30.59 and asks 30.40-30.99 (some cross), amends of its orders to any price
     * in 30.00-30.99 (some cross, some lose a race with a fill or a cancel), cancels; answers the amends applied.
     */
    private static int trade(List<Api.Session> crowd, Random random, ConcurrentLinkedQueue<String> unexpected) {
        List<String[]> mine = new ArrayList<>();
        int applied = 0;
        for (int i = 0; i < 40; i++) {
            int roll = random.nextInt(100);
            if (!mine.isEmpty() && roll < 40) {
                String[] target = mine.get(random.nextInt(mine.size()));
                String body = random.nextBoolean() ? "{\"price\":\"" + price(random) + "\"}"
                        : "{\"quantity\":\"" + quantity(random) + "\",\"price\":\"" + price(random) + "\"}";
                Api.Reply reply = Trading.amend(target[0], target[1], body);
                if (reply.status() == 200) {
                    applied++;
                } else if (!AMEND_LOST_A_RACE.contains(reply.code()) && !"INSUFFICIENT_FUNDS".equals(reply.code())) {
                    unexpected.add("amend " + body + ": " + reply.raw());
                }
            } else if (!mine.isEmpty() && roll < 55) {
                String[] target = mine.remove(random.nextInt(mine.size()));
                Api.Reply reply = Trading.cancel(target[0], target[1]);
                if (reply.status() != 200 && reply.status() != 409) {
                    unexpected.add("cancel: " + reply.raw());
                }
            } else {
                Api.Session user = crowd.get(random.nextInt(crowd.size()));
                boolean buy = random.nextBoolean();
                String price = String.format("30.%02d", (buy ? 0 : 40) + random.nextInt(60));
                Api.Reply reply = Trading.limit(user.token(), SYMBOL, buy ? "BUY" : "SELL", price, quantity(random),
                        "GTC");
                if (reply.status() != 201) {
                    unexpected.add("place: " + reply.raw());
                } else {
                    mine.add(new String[] {user.token(), reply.body().get("orderId").asText()});
                }
            }
        }
        return applied;
    }

    private static String price(Random random) {
        return String.format("30.%02d", random.nextInt(100));
    }

    /** 0.040 to 0.300: at about 30 USD each is above the symbol's minimum notional of 1 USD. */
    private static String quantity(Random random) {
        return String.format("0.%03d", 40 + random.nextInt(261));
    }

    private Api.Session trader(String prefix, String asset, long units) {
        Api.Session user = Money.fundedUser(prefix, asset, units);
        traders.add(user);
        return user;
    }

    /** A LIMIT GTC order that rests (nothing crosses it); its id. */
    private static String rest(Api.Session user, String side, String price, String quantity) {
        Api.Reply placed = Trading.limit(user.token(), SYMBOL, side, price, quantity, "GTC");
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        assertThat(placed.body().get("status").asText()).as(placed.raw()).isEqualTo("NEW");
        return placed.body().get("orderId").asText();
    }

    /** An IOC sell that must fill completely against the resting bids. */
    private static void sellNow(Api.Session seller, String price, String quantity) {
        Api.Reply sold = Trading.limit(seller.token(), SYMBOL, "SELL", price, quantity, "IOC");
        assertThat(sold.status()).as(sold.raw()).isEqualTo(201);
        assertThat(sold.body().get("status").asText()).as(sold.raw()).isEqualTo("FILLED");
    }

    private static JsonNode amendOk(Api.Session user, String orderId, String body) {
        Api.Reply reply = Trading.amend(user.token(), orderId, body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("orderId").asText()).isEqualTo(orderId);
        return reply.body();
    }

    private static JsonNode order(Api.Session user, String orderId) {
        Api.Reply reply = Api.get("/api/v1/orders/" + orderId, user.token());
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    /**
     * Once every amend's and order's release is done: the user's frozen ASSET is EXPECTED, and is what its open
     * orders still hold by their rows in the database (reservation less what their fills used).
     */
    private static void assertFrozen(Api.Session user, String asset, long expected) {
        Trading.awaitSettled();
        assertThat(Money.balance(user.token(), asset)[1]).as("frozen " + asset).isEqualTo(expected);
        assertThat(Trading.openReservations(List.of(user.userId())).getOrDefault(user.userId() + "/" + asset, 0L))
                .as("open holds in " + asset).isEqualTo(expected);
    }

    /** What a BUY of QUANTITY at PRICE holds: its notional plus the taker fee on it, rounded up (10^-8 units). */
    private static long holdOfBuy(String price, String quantity) {
        BigDecimal notional = new BigDecimal(price).multiply(new BigDecimal(quantity)).setScale(8, RoundingMode.FLOOR);
        BigDecimal fee = notional.multiply(takerFeeRate()).setScale(8, RoundingMode.CEILING);
        return Money.units(notional.add(fee).toPlainString());
    }

    private static BigDecimal takerFeeRate() {
        for (JsonNode instrument : Api.get("/api/v1/instruments", null).body()) {
            if (instrument.get("symbol").asText().equals(SYMBOL)) {
                return new BigDecimal(instrument.get("takerFeeRate").asText());
            }
        }
        throw new IllegalStateException(SYMBOL + " is not listed");
    }
}
